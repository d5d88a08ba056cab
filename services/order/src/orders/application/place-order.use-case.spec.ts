import { OutboxWriter } from '@shop/event-bus';
import { factory } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import type { Order } from '../domain/order';
import { OrderRepository } from '../domain/order.repository';
import { CartEmptyError, EmailRequiredError, IdempotencyKeyReusedError } from '../domain/order.errors';
import { requestFingerprint } from '../domain/request-fingerprint';
import type { Caller } from './caller';
import { CartReader, type Cart } from './cart-reader';
import { OrderEvents } from './order-events';
import { OrderSettings } from './order-settings';
import { OrderTelemetry } from './order-telemetry';
import { PlaceOrderUseCase, type CheckoutRequest } from './place-order.use-case';

const CUSTOMER_ID = 'a1111111-1111-4111-8111-111111111111';
const customer: Caller = {
  owner: { kind: 'customer', customerId: CUSTOMER_ID },
  email: 'ada@example.com',
  credentials: { authorization: 'Bearer t' },
};
const guest: Caller = {
  owner: { kind: 'guest', tokenHash: 'b'.repeat(64) },
  credentials: { cartToken: 'x'.repeat(43) },
};
const cart: Cart = {
  id: 'c2222222-2222-4222-8222-222222222222',
  lines: [factory.cartLine({ quantity: 2, unitPrice: { amount: '10.50', currency: 'EUR' } })],
};
const request: CheckoutRequest = { shippingAddress: factory.address() };

describe(PlaceOrderUseCase.name, () => {
  const clock = new FixedClock();
  let orders: jest.Mocked<OrderRepository>;
  let carts: jest.Mocked<CartReader>;
  let telemetry: jest.Mocked<OrderTelemetry>;
  let events: OrderEvents;
  let useCase: PlaceOrderUseCase;

  beforeEach(() => {
    orders = strictMock<OrderRepository>('orders');
    carts = strictMock<CartReader>('carts');
    telemetry = strictMock<OrderTelemetry>('telemetry');
    events = new OrderEvents(new OutboxWriter());
    useCase = new PlaceOrderUseCase(orders, carts, events, telemetry, new OrderSettings(600, 30), clock);
  });

  it("places a PENDING order from the customer's cart with the token's email, reserving stock for the timeout", async () => {
    orders.findByIdempotencyKey.mockResolvedValueOnce(null);
    carts.read.mockResolvedValueOnce(cart);
    orders.insert.mockResolvedValueOnce('inserted');
    telemetry.checkoutStarted.mockReturnValueOnce();
    telemetry.placed.mockReturnValueOnce();
    const placed = jest.spyOn(events, 'placed');

    const { order, replayed } = await useCase.execute(
      customer,
      'key-1',
      { ...request, email: 'other@example.com' },
      'corr-1',
    );

    expect(replayed).toBe(false);
    expect(order).toMatchObject({
      status: 'PENDING',
      owner: customer.owner,
      email: 'ada@example.com',
      cartId: cart.id,
      idempotencyKey: 'key-1',
      requestFingerprint: requestFingerprint({ ...request, email: 'other@example.com' }),
      total: { amount: '21.00', currency: 'EUR' },
      createdAt: clock.now(),
    });
    expect(orders.findByIdempotencyKey).toHaveBeenCalledWith(`customer:${CUSTOMER_ID}`, 'key-1');
    expect(carts.read).toHaveBeenCalledWith(customer.credentials, 'corr-1');
    expect(orders.insert).toHaveBeenCalledWith(order, expect.any(Function));
    expect(placed).toHaveBeenCalledWith(order, new Date(clock.now().getTime() + 2 * 600_000), 'corr-1');
    expect(telemetry.placed).toHaveBeenCalledWith(order);
  });

  it("takes a guest's email from the body", async () => {
    orders.findByIdempotencyKey.mockResolvedValueOnce(null);
    carts.read.mockResolvedValueOnce(cart);
    orders.insert.mockResolvedValueOnce('inserted');
    telemetry.checkoutStarted.mockReturnValueOnce();
    telemetry.placed.mockReturnValueOnce();

    const { order } = await useCase.execute(guest, 'key-1', { ...request, email: 'guest@example.com' }, 'corr-1');

    expect(order).toMatchObject({ email: 'guest@example.com', owner: guest.owner });
    expect(orders.findByIdempotencyKey).toHaveBeenCalledWith(`guest:${'b'.repeat(64)}`, 'key-1');
  });

  it('refuses a guest checkout without an email before touching anything', async () => {
    await expect(useCase.execute(guest, 'key-1', request, 'corr-1')).rejects.toThrow(EmailRequiredError);
  });

  it('answers an empty cart with CART_EMPTY and stores nothing', async () => {
    orders.findByIdempotencyKey.mockResolvedValueOnce(null);
    carts.read.mockResolvedValueOnce({ id: cart.id, lines: [] });
    telemetry.checkoutStarted.mockReturnValueOnce();

    await expect(useCase.execute(customer, 'key-1', request, 'corr-1')).rejects.toThrow(CartEmptyError);
  });

  it('answers a missing cart with CART_EMPTY', async () => {
    orders.findByIdempotencyKey.mockResolvedValueOnce(null);
    carts.read.mockResolvedValueOnce(null);
    telemetry.checkoutStarted.mockReturnValueOnce();

    await expect(useCase.execute(customer, 'key-1', request, 'corr-1')).rejects.toThrow(CartEmptyError);
  });

  describe('with a key used before', () => {
    const earlier: Order = factory.order({ requestFingerprint: requestFingerprint(request) });

    it('returns the earlier order for the same request, without reading the cart again', async () => {
      orders.findByIdempotencyKey.mockResolvedValueOnce(earlier);
      telemetry.replayed.mockReturnValueOnce();

      await expect(useCase.execute(customer, 'key-1', request, 'corr-2')).resolves.toEqual({
        order: earlier,
        replayed: true,
      });
    });

    it('refuses a different request under the same key', async () => {
      orders.findByIdempotencyKey.mockResolvedValueOnce(earlier);

      await expect(
        useCase.execute(customer, 'key-1', { shippingAddress: factory.address({ city: 'Paris' }) }, 'corr-2'),
      ).rejects.toThrow(IdempotencyKeyReusedError);
    });

    it('returns the order of a request with the same key that committed first', async () => {
      orders.findByIdempotencyKey.mockResolvedValueOnce(null).mockResolvedValueOnce(earlier);
      carts.read.mockResolvedValueOnce(cart);
      orders.insert.mockResolvedValueOnce('key-taken');
      telemetry.checkoutStarted.mockReturnValueOnce();
      telemetry.replayed.mockReturnValueOnce();

      await expect(useCase.execute(customer, 'key-1', request, 'corr-3')).resolves.toEqual({
        order: earlier,
        replayed: true,
      });
    });
  });
});
