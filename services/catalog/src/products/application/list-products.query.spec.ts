import { CategoryRepository } from '../../categories/domain/category.repository';
import { factory } from '../../testing/factories';
import { strictMock } from '@shop/testing/jest';
import { ProductRepository } from '../domain/product.repository';
import { InvalidPriceRangeError, UnknownCategoryFilterError } from '../domain/product.errors';
import { ListProductsQuery } from './list-products.query';
import { ListTotalCache } from './list-total-cache';

describe(ListProductsQuery.name, () => {
  let products: jest.Mocked<ProductRepository>;
  let categories: jest.Mocked<CategoryRepository>;
  let query: ListProductsQuery;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    categories = strictMock<CategoryRepository>('categories');
    query = new ListProductsQuery(products, categories, new ListTotalCache(60_000));
  });

  it('lists active products for the storefront, with the page it was asked for', async () => {
    const item = factory.summary();
    products.count.mockResolvedValueOnce(41);
    products.findPage.mockResolvedValueOnce([item]);

    await expect(query.storefront({ page: 3, pageSize: 20 })).resolves.toEqual({
      items: [item],
      total: 41,
      page: 3,
      pageSize: 20,
    });
    expect(products.findPage).toHaveBeenCalledWith(
      expect.objectContaining({ page: 3, statuses: ['active'] }),
      undefined,
    );
  });

  it('reads no page past the end', async () => {
    products.count.mockResolvedValueOnce(40);
    await expect(query.storefront({ page: 3, pageSize: 20 })).resolves.toEqual({
      items: [],
      total: 40,
      page: 3,
      pageSize: 20,
    });
  });

  it('reuses a storefront total for the other pages and orders of the same filters', async () => {
    products.count.mockResolvedValueOnce(41);
    products.findPage.mockResolvedValueOnce([]).mockResolvedValueOnce([]);
    await query.storefront({ page: 1, minPrice: '5' });
    await expect(query.storefront({ page: 2, minPrice: '5.00', sort: 'price' })).resolves.toMatchObject({ total: 41 });
    expect(products.count).toHaveBeenCalledTimes(1);
  });

  it('counts again for other filters, and always for operators', async () => {
    products.count
      .mockResolvedValueOnce(41)
      .mockResolvedValueOnce(3)
      .mockResolvedValueOnce(50)
      .mockResolvedValueOnce(51);
    products.findPage.mockResolvedValue([]);
    await query.storefront({});
    await expect(query.storefront({ q: 'lamp' })).resolves.toMatchObject({ total: 3 });
    await expect(query.admin({}, ['active'])).resolves.toMatchObject({ total: 50 });
    await expect(query.admin({}, ['active'])).resolves.toMatchObject({ total: 51 });
  });

  it('filters by the id and path of the named category, which cover its descendants', async () => {
    const lighting = factory.category({ slug: 'lighting', path: '/l/' });
    categories.findBySlug.mockResolvedValueOnce(lighting);
    products.count.mockResolvedValueOnce(0);

    await query.storefront({ category: 'lighting' });
    expect(categories.findBySlug).toHaveBeenCalledWith('lighting');
    expect(products.count).toHaveBeenCalledWith(expect.objectContaining({ categorySlug: 'lighting' }), {
      id: lighting.id,
      path: '/l/',
    });
  });

  it('answers an unknown category with an error, not an empty list', async () => {
    categories.findBySlug.mockResolvedValueOnce(null);
    await expect(query.storefront({ category: 'nope' })).rejects.toThrow(UnknownCategoryFilterError);
  });

  it('refuses a bad price range before touching the database', async () => {
    await expect(query.storefront({ minPrice: '20', maxPrice: '10' })).rejects.toThrow(InvalidPriceRangeError);
  });

  it('lets operators choose the statuses', async () => {
    products.count.mockResolvedValueOnce(0);
    await query.admin({}, ['draft', 'archived']);
    expect(products.count).toHaveBeenCalledWith(
      expect.objectContaining({ statuses: ['draft', 'archived'] }),
      undefined,
    );
  });
});
