import { OutboxWriter } from '@shop/event-bus';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { ProductRepository } from '../domain/product.repository';
import { InvalidProductReferenceError, ProductsNotFoundError } from '../domain/product.errors';
import { ChangeProductsStatusUseCase } from './change-products-status.use-case';
import { ProductEvents } from './product-events';

const A = 'aaaaaaaa-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-1111-4111-8111-111111111111';

describe(ChangeProductsStatusUseCase.name, () => {
  const clock = new FixedClock();
  let products: jest.Mocked<ProductRepository>;
  let useCase: ChangeProductsStatusUseCase;

  beforeEach(() => {
    products = strictMock<ProductRepository>('products');
    useCase = new ChangeProductsStatusUseCase(products, clock, new ProductEvents(new OutboxWriter()));
  });

  it('changes every listed product in one write', async () => {
    products.findByIds.mockResolvedValueOnce([factory.product({ id: A }), factory.product({ id: B })]);
    products.setStatus.mockResolvedValueOnce();
    await expect(useCase.execute([A, B.toUpperCase(), A], 'active')).resolves.toEqual({ updated: 2 });
    expect(products.setStatus).toHaveBeenCalledWith([A, B], 'active', clock.now(), expect.any(Function));
  });

  it('changes nothing when one id is unknown, and names it', async () => {
    products.findByIds.mockResolvedValueOnce([factory.product({ id: A })]);
    await expect(useCase.execute([A, B], 'archived')).rejects.toThrow(new ProductsNotFoundError([B]));
  });

  it('refuses a malformed id before touching the database', async () => {
    await expect(useCase.execute([A, 'nope'], 'archived')).rejects.toThrow(InvalidProductReferenceError);
  });
});
