import { factory } from '../../testing/factories';
import { strictMock } from '@shop/testing/jest';
import { CategoryRepository } from '../domain/category.repository';
import { GetCategoryTreeQuery } from './get-category-tree.query';

describe(GetCategoryTreeQuery.name, () => {
  it('builds the tree with counts of active products', async () => {
    const categories = strictMock<CategoryRepository>('categories');
    const parent = factory.category({ id: 'p', slug: 'p' });
    const child = factory.category({ id: 'c', slug: 'c', parentId: 'p' });
    categories.findAll.mockResolvedValueOnce([parent, child]);
    categories.countProducts.mockResolvedValueOnce(
      new Map([
        ['p', 7],
        ['c', 4],
      ]),
    );

    const tree = await new GetCategoryTreeQuery(categories).execute();
    expect(categories.countProducts).toHaveBeenCalledWith(['active']);
    expect(tree).toMatchObject([{ id: 'p', productCount: 7, children: [{ id: 'c', productCount: 4, children: [] }] }]);
  });
});
