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

  it('changes every listed product in one write, over the versions it read', async () => {
    const read = [factory.product({ id: A }), factory.product({ id: B, version: 4 })];
    products.findByIds.mockResolvedValueOnce(read);
    products.setStatus.mockResolvedValueOnce(true);
    await expect(useCase.execute([A, B.toUpperCase(), A], 'active')).resolves.toEqual({ updated: 2 });
    expect(products.findByIds).toHaveBeenCalledWith([A, B]);
    expect(products.setStatus).toHaveBeenCalledWith(read, 'active', clock.now(), expect.any(Function));
  });

  it('reads the products again and writes over the newer versions when another write came first', async () => {
    const newer = [factory.product({ id: A, version: 2 }), factory.product({ id: B, version: 2 })];
    products.findByIds
      .mockResolvedValueOnce([factory.product({ id: A }), factory.product({ id: B })])
      .mockResolvedValueOnce(newer);
    products.setStatus.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    await expect(useCase.execute([A, B], 'archived')).resolves.toEqual({ updated: 2 });
    expect(products.setStatus).toHaveBeenLastCalledWith(newer, 'archived', clock.now(), expect.any(Function));
  });

  it('changes nothing when one id is unknown, and names it', async () => {
    products.findByIds.mockResolvedValueOnce([factory.product({ id: A })]);
    await expect(useCase.execute([A, B], 'archived')).rejects.toThrow(new ProductsNotFoundError([B]));
  });

  it('refuses a malformed id before touching the database', async () => {
    await expect(useCase.execute([A, 'nope'], 'archived')).rejects.toThrow(InvalidProductReferenceError);
  });
});
