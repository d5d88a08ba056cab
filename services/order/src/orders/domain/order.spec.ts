import { factory } from '../../testing/factories';
import { placeOrder, type NewOrder } from './order';
import { CartEmptyError, CartUnavailableError, MixedCurrenciesError, OrderTotalTooLargeError } from './order.errors';

function newOrder(overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    id: '5d0c1f0e-8a4b-4c1e-9a57-1d2c3b4a5f01',
    owner: { kind: 'guest', tokenHash: 'a'.repeat(64) },
    email: 'guest@example.com',
    cartId: 'c2222222-2222-4222-8222-222222222222',
    idempotencyKey: 'k',
    requestFingerprint: 'f'.repeat(64),
    cartLines: [factory.cartLine()],
    shippingAddress: factory.address(),
    now: new Date('2026-06-01T12:00:00Z'),
    ...overrides,
  };
}

describe(placeOrder.name, () => {
  it('makes a PENDING order with exact line totals and total, whatever the decimals', () => {
    const order = placeOrder(
      newOrder({
        cartLines: [
          factory.cartLine({ sku: 'A', quantity: 3, unitPrice: { amount: '0.1', currency: 'EUR' } }),
          factory.cartLine({ sku: 'B', quantity: 7, unitPrice: { amount: '19.99', currency: 'EUR' } }),
          factory.cartLine({ sku: 'C', quantity: 1, unitPrice: { amount: '0.20', currency: 'EUR' } }),
        ],
      }),
    );

    expect(order.status).toBe('PENDING');
    expect(order.rejectionReason).toBeNull();
    expect(order.lines.map((line) => [line.sku, line.unitPrice.amount, line.lineTotal.amount])).toEqual([
      ['A', '0.10', '0.30'],
      ['B', '19.99', '139.93'],
      ['C', '0.20', '0.20'],
    ]);
    // 0.1 * 3 + 19.99 * 7 + 0.2 in floats is 140.43000000000001.
    expect(order.total).toEqual({ amount: '140.43', currency: 'EUR' });
    expect(order.createdAt).toEqual(order.updatedAt);
  });

  it('totals the largest amounts without losing a cent', () => {
    const order = placeOrder(
      newOrder({
        cartLines: [factory.cartLine({ quantity: 10, unitPrice: { amount: '99999999.99', currency: 'EUR' } })],
      }),
    );
    expect(order.total.amount).toBe('999999999.90');
  });

  it('refuses a total past DECIMAL(12,2)', () => {
    const line = factory.cartLine({ quantity: 10, unitPrice: { amount: '9999999999.99', currency: 'EUR' } });
    expect(() => placeOrder(newOrder({ cartLines: [line] }))).toThrow(OrderTotalTooLargeError);
  });

  it('refuses an empty cart', () => {
    expect(() => placeOrder(newOrder({ cartLines: [] }))).toThrow(CartEmptyError);
  });

  it('refuses a cart mixing currencies', () => {
    const lines = [factory.cartLine(), factory.cartLine({ unitPrice: { amount: '1.00', currency: 'USD' } })];
    expect(() => placeOrder(newOrder({ cartLines: lines }))).toThrow(MixedCurrenciesError);
  });

  it.each([
    [factory.cartLine({ unitPrice: { amount: '1.999', currency: 'EUR' } })],
    [factory.cartLine({ unitPrice: { amount: '-1.00', currency: 'EUR' } })],
    [factory.cartLine({ quantity: 0 })],
    [factory.cartLine({ quantity: 1.5 })],
  ])('refuses an unreadable cart line %j', (line) => {
    expect(() => placeOrder(newOrder({ cartLines: [line] }))).toThrow(CartUnavailableError);
  });
});
