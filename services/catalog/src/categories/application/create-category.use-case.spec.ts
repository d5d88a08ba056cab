import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import type { Category } from '../domain/category';
import { MAX_CATEGORY_DEPTH } from '../domain/category-path';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError, CategoryTooDeepError } from '../domain/category.errors';
import { CreateCategoryUseCase } from './create-category.use-case';

const PARENT = 'aaaaaaaa-1111-4111-8111-111111111111';

describe(CreateCategoryUseCase.name, () => {
  const clock = new FixedClock();
  let categories: jest.Mocked<CategoryRepository>;
  let useCase: CreateCategoryUseCase;

  beforeEach(() => {
    categories = strictMock<CategoryRepository>('categories');
    categories.inTransaction.mockImplementation((work) => work(categories));
    useCase = new CreateCategoryUseCase(categories, clock);
  });

  it('adds a child as the last one, under the parent path', async () => {
    categories.lockTree.mockResolvedValueOnce([factory.category({ id: PARENT, path: `/${PARENT}/`, depth: 1 })]);
    categories.nextPosition.mockResolvedValueOnce(3);
    categories.insert.mockResolvedValueOnce();

    const created = await useCase.execute({ name: 'Desk Lamps', parentId: PARENT });
    expect(created).toMatchObject({ parentId: PARENT, slug: 'desk-lamps', position: 3, depth: 2 });
    expect(created.path).toBe(`/${PARENT}/${created.id}/`);
    expect(categories.insert).toHaveBeenCalledWith(created, clock.now());
  });

  it('adds a top-level category', async () => {
    categories.lockTree.mockResolvedValueOnce([]);
    categories.nextPosition.mockResolvedValueOnce(0);
    categories.insert.mockResolvedValueOnce();
    const created: Category = await useCase.execute({ name: 'Garden', slug: 'garden-and-patio' });
    expect(created).toMatchObject({ parentId: null, slug: 'garden-and-patio', depth: 1, path: `/${created.id}/` });
  });

  it('refuses an unknown parent', async () => {
    categories.lockTree.mockResolvedValueOnce([]);
    await expect(useCase.execute({ name: 'X', parentId: PARENT })).rejects.toThrow(CategoryNotFoundError);
  });

  it('refuses to nest deeper than the tree allows', async () => {
    const deepest = factory.category({
      id: PARENT,
      path: `/${'p/'.repeat(MAX_CATEGORY_DEPTH)}`,
      depth: MAX_CATEGORY_DEPTH,
    });
    categories.lockTree.mockResolvedValueOnce([deepest]);
    await expect(useCase.execute({ name: 'X', parentId: PARENT })).rejects.toThrow(CategoryTooDeepError);
  });
});
