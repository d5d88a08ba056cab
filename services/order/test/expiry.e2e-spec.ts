import { StockReservedV1 } from '@shop/contracts';
import { waitFor } from '@shop/testing';
import request from 'supertest';
import { LocalBus } from './support/local-bus';
import { inboxHas, outboxRowsOf } from './support/order-database';
import { address, newCustomer, newKey, startOrder, type OrderUnderTest } from './support/order-under-test';
import { ShopCarts } from './support/shop-carts';

// An order service whose PENDING orders expire after 2 s, swept every second, against the real local AWS
// endpoint: an order inventory never answers for is rejected as expired, so inventory releases its stock.

const TIMEOUT_SECONDS = 2;

let bus: LocalBus;
let carts: ShopCarts;
let order: OrderUnderTest;

beforeAll(async () => {
  bus = await LocalBus.start(['inventory-order-events']);
  carts = await ShopCarts.start();
  order = await startOrder('order_expiry', carts.url, {
    ...bus.serviceEnv(),
    ORDER_PENDING_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
    ORDER_SWEEP_INTERVAL_SECONDS: '1',
  });
}, 120_000);

afterAll(async () => {
  await order?.stop();
  await carts?.stop();
  await bus?.stop();
}, 60_000);

jest.setTimeout(60_000);

describe('expiry of PENDING orders', () => {
  it("rejects an order inventory never answered for as 'expired', publishes order.rejected.v1, and ignores a late answer", async () => {
    const customer = await newCustomer();
    const { lines } = await carts.fill(customer, [{ quantity: 3 }]);
    const placed = await request(order.service.url)
      .post('/api/orders')
      .set('authorization', customer.authorization)
      .set('idempotency-key', newKey())
      .send({ shippingAddress: address });
    expect(placed.status).toBe(201);
    const orderId = (placed.body as { id: string }).id;
    const placedEvent = await bus.waitFor('inventory-order-events', 'order.placed.v1', orderId);
    const { reserveUntil } = placedEvent.envelope.data as { reserveUntil: string };

    const rejected = await bus.waitFor('inventory-order-events', 'order.rejected.v1', orderId);
    expect(rejected.envelope.data).toMatchObject({ orderId, reason: 'expired', customer: { customerId: customer.id } });
    // After its pending timeout and before inventory would let the reservation go on its own, so the
    // rejection is what releases the stock.
    const placedAt = Date.parse((placed.body as { createdAt: string }).createdAt);
    expect(Date.parse(reserveUntil) - placedAt).toBe(2 * TIMEOUT_SECONDS * 1000);
    expect(Date.parse(rejected.envelope.time)).toBeGreaterThanOrEqual(placedAt + TIMEOUT_SECONDS * 1000);
    const read = async () =>
      (await request(order.service.url).get(`/api/orders/${orderId}`).set('authorization', customer.authorization))
        .body as { status: string; rejectionReason?: string };
    expect(await read()).toMatchObject({ status: 'REJECTED', rejectionReason: 'expired' });

    const late = await bus.publishInventoryEvent(StockReservedV1, {
      orderId,
      lines: [{ sku: lines[0]?.sku ?? '', quantity: 3 }],
      reservedUntil: new Date().toISOString(),
    });
    await waitFor(
      () => inboxHas(order.databaseUrl, late.id).then((has) => (has ? true : undefined)),
      30_000,
      () => 'the late reservation handled',
    );
    expect(await read()).toMatchObject({ status: 'REJECTED', rejectionReason: 'expired' });
    expect(await outboxRowsOf(order.databaseUrl, 'order.confirmed.v1', orderId)).toHaveLength(0);
    expect(await outboxRowsOf(order.databaseUrl, 'order.rejected.v1', orderId)).toHaveLength(2);
  });
});
