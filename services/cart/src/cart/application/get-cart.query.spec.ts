import { factory, TTL_MS } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { CartNotFoundError } from '../domain/cart.errors';
import { CartRepository } from '../domain/cart.repository';
import { CartMetrics } from './cart-telemetry';
import { GetCartQuery } from './get-cart.query';

describe(GetCartQuery.name, () => {
  const clock = new FixedClock();
  let carts: jest.Mocked<CartRepository>;
  let metrics: jest.Mocked<CartMetrics>;
  let query: GetCartQuery;

  beforeEach(() => {
    carts = strictMock<CartRepository>('carts');
    metrics = strictMock<CartMetrics>('metrics');
    query = new GetCartQuery(carts, clock, { ttlMs: TTL_MS }, metrics);
  });

  it('reads a live cart with one repository call', async () => {
    const cart = factory.cart();
    carts.findLive.mockResolvedValueOnce(cart);
    await expect(query.execute(cart.owner)).resolves.toBe(cart);
    expect(carts.findLive).toHaveBeenCalledWith(cart.owner, clock.now());
  });

  it('answers CART_NOT_FOUND for a guest token without a live cart', async () => {
    carts.findLive.mockResolvedValueOnce(null);
    await expect(query.execute(factory.guest())).rejects.toThrow(CartNotFoundError);
  });

  it('opens an empty cart for a customer without one, and counts it', async () => {
    const owner = factory.customer();
    metrics.cartCreated.mockReturnValue(undefined);
    carts.findLive.mockResolvedValueOnce(null);
    carts.modify.mockImplementationOnce((_owner, _now, open, change) => {
      if (open === undefined) throw new Error('a customer must get an opener');
      const cart = open();
      return Promise.resolve({ cart, result: change(cart), created: true });
    });

    const cart = await query.execute(owner);
    expect(cart).toMatchObject({ owner, items: [], expiresAt: new Date(clock.now().getTime() + TTL_MS) });
    expect(metrics.cartCreated).toHaveBeenCalledWith('customer');
  });
});
