import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError, CategoryOrderMismatchError } from '../domain/category.errors';
import { ReorderCategoriesUseCase } from './reorder-categories.use-case';

const PARENT = 'aaaaaaaa-1111-4111-8111-111111111111';
const X = 'bbbbbbbb-1111-4111-8111-111111111111';
const Y = 'cccccccc-1111-4111-8111-111111111111';

describe(ReorderCategoriesUseCase.name, () => {
  const clock = new FixedClock();
  let categories: jest.Mocked<CategoryRepository>;
  let useCase: ReorderCategoriesUseCase;

  beforeEach(() => {
    categories = strictMock<CategoryRepository>('categories');
    useCase = new ReorderCategoriesUseCase(categories, clock);
  });

  it('puts the children in the given order', async () => {
    categories.findById.mockResolvedValueOnce(factory.category({ id: PARENT }));
    categories.childIds.mockResolvedValueOnce([X, Y]);
    categories.reorder.mockResolvedValueOnce();
    await useCase.execute(PARENT, [Y, X]);
    expect(categories.childIds).toHaveBeenCalledWith(PARENT);
    expect(categories.reorder).toHaveBeenCalledWith([Y, X], clock.now());
  });

  it('reorders the top level with a null parent', async () => {
    categories.childIds.mockResolvedValueOnce([X, Y]);
    categories.reorder.mockResolvedValueOnce();
    await useCase.execute(null, [Y, X]);
    expect(categories.childIds).toHaveBeenCalledWith(null);
  });

  it('changes nothing when the list is not exactly the children', async () => {
    categories.findById.mockResolvedValueOnce(factory.category({ id: PARENT }));
    categories.childIds.mockResolvedValueOnce([X, Y]);
    await expect(useCase.execute(PARENT, [X])).rejects.toThrow(CategoryOrderMismatchError);
  });

  it('reports an unknown parent', async () => {
    categories.findById.mockResolvedValueOnce(null);
    await expect(useCase.execute(PARENT, [X])).rejects.toThrow(CategoryNotFoundError);
  });
});
