import { randomBytes, randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { ShopClient, operatorToken, type Cart, type Order } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;

beforeAll(async () => {
  shop = await ShopUnderTest.start();
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

function traceparent(): { header: string; traceId: string } {
  const traceId = randomBytes(16).toString('hex');
  return { header: `00-${traceId}-${randomBytes(8).toString('hex')}-01`, traceId };
}

describe('the order saga through the gateway', () => {
  it('confirms a customer’s order, sells the stock and empties the cart, in one trace', async () => {
    const product = await client.stockedProduct(admin, 5, '19.99');
    const customer = await client.signUp();
    const owner = { bearer: customer.bearer };
    await client.addItem(owner, product.id, 2);

    const trace = traceparent();
    const placed = await client.request<Order>(
      'POST',
      '/api/orders',
      owner,
      {
        shippingAddress: {
          fullName: 'Grace Hopper',
          line1: '1 Navy Way',
          city: 'Arlington',
          postalCode: '22202',
          country: 'US',
        },
      },
      { 'idempotency-key': randomUUID(), traceparent: trace.header },
    );
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      status: 'PENDING',
      customerId: customer.customerId,
      email: customer.email,
      total: { amount: '39.98', currency: 'EUR' },
    });

    const order = await client.settledOrder(owner, placed.body.id);
    expect(order.status).toBe('CONFIRMED');
    await waitFor(
      async () => {
        const stock = await client.stock(admin, product.sku);
        return stock.onHand === 3 && stock.reserved === 0 ? stock : undefined;
      },
      30_000,
      () => `the sale of 2 ${product.sku} to reach inventory`,
    );
    await waitFor(
      async () => ((await client.expect<Cart>(200, 'GET', '/api/cart', owner)).itemCount === 0 ? true : undefined),
      30_000,
      () => 'the confirmed order’s cart to be emptied',
    );

    // One checkout is one trace: the client's request, the order service, its call to the cart, the
    // SNS/SQS hops to inventory and back.
    const spans = await shop.receiver.waitForSpans((received) => {
      const inTrace = received.filter((span) => span.traceId === trace.traceId);
      const services = new Set(inTrace.map((span) => span.resource['service.name']));
      return (
        ['order', 'cart', 'inventory'].every((name) => services.has(name)) &&
        inTrace.filter((span) => span.kind === 5).length >= 2
      );
    }, 30_000);
    const inTrace = spans.filter((span) => span.traceId === trace.traceId);
    expect(inTrace.some((span) => span.kind === 4 && span.resource['service.name'] === 'order')).toBe(true);
    expect(inTrace.some((span) => span.kind === 5 && span.resource['service.name'] === 'inventory')).toBe(true);
    expect(inTrace.some((span) => span.kind === 4 && span.resource['service.name'] === 'inventory')).toBe(true);
    expect(inTrace.some((span) => span.kind === 5 && span.resource['service.name'] === 'order')).toBe(true);
    expect(inTrace.some((span) => span.attributes['shop.order.id'] === order.id)).toBe(true);
    expect(inTrace.some((span) => span.attributes['shop.customer.id'] === customer.customerId)).toBe(true);
  });

  it('reports the business metrics of carts, checkouts, orders and stock', async () => {
    const confirmed = await shop.receiver.waitForMetric('shop.order.confirmed', (metric) =>
      metric.dataPoints.some((point) => (point.value ?? 0) >= 1),
    );
    expect(confirmed.resource['service.name']).toBe('order');
    const value = await shop.receiver.waitForMetric('shop.order.value', (metric) =>
      metric.dataPoints.some((point) => (point.count ?? 0) >= 1 && point.attributes['shop.order.currency'] === 'EUR'),
    );
    expect(value.resource['service.name']).toBe('order');
    for (const [name, service] of [
      ['shop.cart.created', 'cart'],
      ['shop.cart.items_added', 'cart'],
      ['shop.checkout.started', 'order'],
      ['shop.order.placed', 'order'],
      ['shop.inventory.available_units', 'inventory'],
      ['shop.inventory.low_stock_items', 'inventory'],
    ] as const) {
      const metric = await shop.receiver.waitForMetric(name);
      expect({ name, service: metric.resource['service.name'] }).toEqual({ name, service });
    }
  });

  it('rejects an order for stock that is not there, and holds nothing back', async () => {
    const product = await client.stockedProduct(admin, 1);
    const guest = await client.guestCart();
    await client.addItem(guest, product.id, 2);

    const placed = await client.checkout(guest, randomUUID(), 'guest@example.com');
    expect(placed.status).toBe(201);
    const order = await client.settledOrder(guest, placed.body.id);
    expect(order).toMatchObject({ status: 'REJECTED', rejectionReason: 'out-of-stock', customerId: null });

    const stock = await client.stock(admin, product.sku);
    expect(stock).toMatchObject({ onHand: 1, reserved: 0, available: 1 });
    // A rejected order leaves the cart as it was, so the shopper can change it and try again.
    expect((await client.expect<Cart>(200, 'GET', '/api/cart', guest)).itemCount).toBe(2);
  });

  it('puts the stock of a cancelled order back on the shelf', async () => {
    const product = await client.stockedProduct(admin, 3);
    const customer = await client.signUp();
    const owner = { bearer: customer.bearer };
    await client.addItem(owner, product.id, 3);
    const placed = await client.checkout(owner);
    const order = await client.settledOrder(owner, placed.body.id);
    expect(order.status).toBe('CONFIRMED');
    await waitFor(
      async () => ((await client.stock(admin, product.sku)).onHand === 0 ? true : undefined),
      30_000,
      () => 'the sale',
    );

    const cancelled = await client.expect<Order>(200, 'POST', `/api/orders/${order.id}/cancel`, owner);
    expect(cancelled.status).toBe('CANCELLED');
    await waitFor(
      async () => {
        const stock = await client.stock(admin, product.sku);
        return stock.onHand === 3 && stock.available === 3 ? stock : undefined;
      },
      30_000,
      () => 'the cancelled order’s stock to come back',
    );
    // Cancelling twice is refused and changes nothing.
    await client.expect(409, 'POST', `/api/orders/${order.id}/cancel`, owner);
  });

  it('gives the same order for the same Idempotency-Key, even sent twenty times at once', async () => {
    const product = await client.stockedProduct(admin, 10);
    const customer = await client.signUp();
    const owner = { bearer: customer.bearer };
    await client.addItem(owner, product.id, 1);
    const key = randomUUID();

    const responses = await Promise.all(Array.from({ length: 20 }, () => client.checkout(owner, key)));
    expect(responses.every((response) => response.status === 200 || response.status === 201)).toBe(true);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const history = await client.expect<{ total: number }>(200, 'GET', '/api/orders', owner);
    expect(history.total).toBe(1);
  });
});
