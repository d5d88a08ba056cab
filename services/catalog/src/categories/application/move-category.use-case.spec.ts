import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryCycleError, CategoryNotFoundError } from '../domain/category.errors';
import { MoveCategoryUseCase } from './move-category.use-case';

const ROOT = 'aaaaaaaa-1111-4111-8111-111111111111';
const CHILD = 'bbbbbbbb-1111-4111-8111-111111111111';
const OTHER = 'cccccccc-1111-4111-8111-111111111111';

describe(MoveCategoryUseCase.name, () => {
  const clock = new FixedClock();
  const root = factory.category({ id: ROOT, path: `/${ROOT}/`, depth: 1 });
  const child = factory.category({ id: CHILD, parentId: ROOT, path: `/${ROOT}/${CHILD}/`, depth: 2, slug: 'child' });
  const other = factory.category({ id: OTHER, path: `/${OTHER}/`, depth: 1, slug: 'other' });
  let categories: jest.Mocked<CategoryRepository>;
  let useCase: MoveCategoryUseCase;

  beforeEach(() => {
    categories = strictMock<CategoryRepository>('categories');
    categories.inTransaction.mockImplementation((work) => work(categories));
    useCase = new MoveCategoryUseCase(categories, clock);
  });

  it('moves the subtree to the end of the new parent, rewriting its paths', async () => {
    categories.lockTree.mockResolvedValueOnce([other, child]);
    categories.subtreeDepth.mockResolvedValueOnce(3);
    categories.nextPosition.mockResolvedValueOnce(4);
    categories.move.mockResolvedValueOnce();

    await expect(useCase.execute(CHILD, OTHER)).resolves.toMatchObject({
      parentId: OTHER,
      position: 4,
      path: `/${OTHER}/${CHILD}/`,
      depth: 2,
    });
    expect(categories.move).toHaveBeenCalledWith(
      { categoryId: CHILD, parentId: OTHER, fromPrefix: child.path, toPrefix: `/${OTHER}/${CHILD}/`, depthChange: 0 },
      4,
      clock.now(),
    );
  });

  it('moves to the top level with null', async () => {
    categories.lockTree.mockResolvedValueOnce([child]);
    categories.subtreeDepth.mockResolvedValueOnce(2);
    categories.nextPosition.mockResolvedValueOnce(1);
    categories.move.mockResolvedValueOnce();
    await expect(useCase.execute(CHILD, null)).resolves.toMatchObject({ parentId: null, path: `/${CHILD}/`, depth: 1 });
  });

  it('refuses a move under its own descendant and moves nothing', async () => {
    categories.lockTree.mockResolvedValueOnce([root, child]);
    categories.subtreeDepth.mockResolvedValueOnce(2);
    await expect(useCase.execute(ROOT, CHILD)).rejects.toThrow(CategoryCycleError);
  });

  it('refuses a move under itself', async () => {
    categories.lockTree.mockResolvedValueOnce([root]);
    categories.subtreeDepth.mockResolvedValueOnce(2);
    await expect(useCase.execute(ROOT, ROOT)).rejects.toThrow(CategoryCycleError);
  });

  it('reports an unknown new parent', async () => {
    categories.lockTree.mockResolvedValueOnce([child]);
    await expect(useCase.execute(CHILD, OTHER)).rejects.toThrow(CategoryNotFoundError);
  });

  it('reports an unknown category', async () => {
    categories.lockTree.mockResolvedValueOnce([]);
    await expect(useCase.execute(CHILD, null)).rejects.toThrow(CategoryNotFoundError);
  });

  it('changes nothing when the parent stays the same', async () => {
    categories.lockTree.mockResolvedValueOnce([root, child]);
    await expect(useCase.execute(CHILD, ROOT)).resolves.toBe(child);
  });
});
