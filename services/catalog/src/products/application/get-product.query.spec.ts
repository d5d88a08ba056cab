import { factory } from '../../testing/factories';
import { strictMock } from '@shop/testing/jest';
import { ProductRepository } from '../domain/product.repository';
import { InvalidProductReferenceError, ProductNotFoundError } from '../domain/product.errors';
import { GetProductQuery, RELATED_PRODUCTS } from './get-product.query';

describe(GetProductQuery.name, () => {
  let products: jest.Mocked<ProductRepository>;
  let query: GetProductQuery;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    query = new GetProductQuery(products);
  });

  it('finds an active product by slug, with related products', async () => {
    const product = factory.product();
    const related = [factory.summary()];
    products.findByReference.mockResolvedValueOnce(product);
    products.findRelated.mockResolvedValueOnce(related);

    await expect(query.storefront('aurora-desk-lamp')).resolves.toEqual({ ...product, related });
    expect(products.findByReference).toHaveBeenCalledWith({ kind: 'slug', slug: 'aurora-desk-lamp' }, ['active']);
    expect(products.findRelated).toHaveBeenCalledWith(product, RELATED_PRODUCTS);
  });

  it('finds by id too', async () => {
    products.findByReference.mockResolvedValueOnce(null);
    await expect(query.storefront('0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e')).rejects.toThrow(ProductNotFoundError);
    expect(products.findByReference).toHaveBeenCalledWith({ kind: 'id', id: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e' }, [
      'active',
    ]);
  });

  it('refuses a reference that is neither, without a query', async () => {
    await expect(query.storefront('Not A Slug')).rejects.toThrow(InvalidProductReferenceError);
  });

  it('shows operators any status, by id only', async () => {
    const draft = factory.product({ status: 'draft' });
    products.findByReference.mockResolvedValueOnce(draft);
    await expect(query.admin(draft.id)).resolves.toBe(draft);
    expect(products.findByReference).toHaveBeenCalledWith({ kind: 'id', id: draft.id }, [
      'draft',
      'active',
      'archived',
    ]);
    await expect(query.admin('aurora-desk-lamp')).rejects.toThrow(InvalidProductReferenceError);
  });
});
