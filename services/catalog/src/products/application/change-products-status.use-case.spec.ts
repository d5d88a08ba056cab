import { FixedClock } from '../../testing/fixed-clock';
import { strictMock } from '../../testing/strict-mock';
import { ProductRepository } from '../domain/product.repository';
import { InvalidProductReferenceError, ProductsNotFoundError } from '../domain/product.errors';
import { ChangeProductsStatusUseCase } from './change-products-status.use-case';

const A = 'aaaaaaaa-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-1111-4111-8111-111111111111';

describe(ChangeProductsStatusUseCase.name, () => {
  const clock = new FixedClock();
  let products: jest.Mocked<ProductRepository>;
  let useCase: ChangeProductsStatusUseCase;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    useCase = new ChangeProductsStatusUseCase(products, clock);
  });

  it('changes every listed product in one write', async () => {
    products.findExistingIds.mockResolvedValueOnce([A, B]);
    products.setStatus.mockResolvedValueOnce();
    await expect(useCase.execute([A, B.toUpperCase(), A], 'active')).resolves.toEqual({ updated: 2 });
    expect(products.setStatus).toHaveBeenCalledWith([A, B], 'active', clock.now());
  });

  it('changes nothing when one id is unknown, and names it', async () => {
    products.findExistingIds.mockResolvedValueOnce([A]);
    await expect(useCase.execute([A, B], 'archived')).rejects.toThrow(new ProductsNotFoundError([B]));
  });

  it('refuses a malformed id before touching the database', async () => {
    await expect(useCase.execute([A, 'nope'], 'archived')).rejects.toThrow(InvalidProductReferenceError);
  });
});
