import { randomUUID } from 'node:crypto';
import { StockReservationFailedV1, StockReservedV1 } from '@shop/contracts';
import { countRows, startOtlpReceiver, UNREACHABLE_URL, waitFor, type OtlpReceiver } from '@shop/testing';
import request from 'supertest';
import { errorCodeOf } from '@shop/testing/jest';
import { LocalBus, type Delivery } from './support/local-bus';
import { inboxHas, outboxRowsOf } from './support/order-database';
import {
  address,
  newCartToken,
  newCustomer,
  newKey,
  orderEnv,
  startOrder,
  startOrderProcess,
  type OrderUnderTest,
} from './support/order-under-test';
import { ShopCarts, type CartedLine } from './support/shop-carts';

// The built order, cart and catalog services against real MariaDB databases and the real local AWS endpoint
// (topology applied under a prefix of its own): carts are filled through the cart's API with catalog
// products, and the cart consumes the order's confirmation like in production.

interface OrderBody {
  id: string;
  status: string;
  rejectionReason?: string;
  email: string;
  customerId: string | null;
  lines: { sku: string; quantity: number; unitPrice: { amount: string }; lineTotal: { amount: string } }[];
  total: { amount: string; currency: string };
  createdAt: string;
  updatedAt: string;
}

const ORDERS = '/api/orders';

let bus: LocalBus;
let carts: ShopCarts;
let receiver: OtlpReceiver;
let order: OrderUnderTest;

beforeAll(async () => {
  // Not cart-order-events: the cart consumes it.
  bus = await LocalBus.start(['inventory-order-events', 'audit-events', 'order-notifications']);
  receiver = await startOtlpReceiver();
  const traced = {
    LOG_LEVEL: 'info',
    OTEL_SDK_DISABLED: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_METRIC_EXPORT_INTERVAL: '1000',
  };
  carts = await ShopCarts.start({ ...bus.serviceEnv(), ...traced });
  order = await startOrder('order_saga', carts.url, { ...bus.serviceEnv(), ...traced });
}, 120_000);

afterAll(async () => {
  await order?.stop();
  await receiver?.stop();
  await carts?.stop();
  await bus?.stop();
}, 60_000);

jest.setTimeout(90_000);

type Owner = { authorization: string } | { cartToken: string };

function checkout(owner: Owner, key: string | undefined, body: unknown, requestId = randomUUID()) {
  const call = request(order.service.url).post(ORDERS).set('x-request-id', requestId);
  if ('authorization' in owner) call.set('authorization', owner.authorization);
  else call.set('x-cart-token', owner.cartToken);
  if (key !== undefined) call.set('idempotency-key', key);
  return call.send(body as object);
}

function get(owner: Owner, path: string) {
  const call = request(order.service.url).get(path);
  return 'authorization' in owner
    ? call.set('authorization', owner.authorization)
    : call.set('x-cart-token', owner.cartToken);
}

function cancel(owner: Owner, orderId: string) {
  const call = request(order.service.url).post(`${ORDERS}/${orderId}/cancel`);
  return 'authorization' in owner
    ? call.set('authorization', owner.authorization)
    : call.set('x-cart-token', owner.cartToken);
}

/** A customer with a filled cart and their PENDING order, whose order.placed.v1 has reached inventory's queue. */
async function placedOrder(): Promise<{
  owner: { authorization: string };
  order: OrderBody;
  cartId: string;
  placedEvent: Delivery;
}> {
  const customer = await newCustomer();
  const { cartId } = await carts.fill(customer, [{ quantity: 2 }]);
  const response = await checkout(customer, newKey(), { shippingAddress: address });
  expect(response.status).toBe(201);
  const placed = response.body as OrderBody;
  const placedEvent = await bus.waitFor('inventory-order-events', 'order.placed.v1', placed.id);
  return { owner: customer, order: placed, cartId, placedEvent };
}

async function statusOf(owner: Owner, orderId: string): Promise<OrderBody> {
  const response = await get(owner, `${ORDERS}/${orderId}`);
  expect(response.status).toBe(200);
  return response.body as OrderBody;
}

const eventuallyStatus = (owner: Owner, orderId: string, status: string) =>
  waitFor(
    async () => {
      const current = await statusOf(owner, orderId);
      return current.status === status ? current : undefined;
    },
    30_000,
    () => `order ${orderId} to become ${status}`,
  );

describe('checkout', () => {
  it("places a customer's order PENDING from the cart, with exact totals, and publishes order.placed.v1 to the topic and the bus", async () => {
    const customer = await newCustomer();
    const { cartId, lines } = await carts.fill(customer, [
      { sku: 'LAMP-1', quantity: 2, price: '19.99' },
      { sku: 'CORD-1', quantity: 3, price: '0.10' },
    ]);
    const [lamp, cord] = lines as [CartedLine, CartedLine];
    const requestId = randomUUID();

    const response = await checkout(customer, newKey(), { shippingAddress: address }, requestId);

    expect(response.status).toBe(201);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    const placed = response.body as OrderBody;
    expect(placed).toMatchObject({
      status: 'PENDING',
      email: customer.email,
      customerId: customer.id,
      lines: [
        { sku: 'LAMP-1', quantity: 2, unitPrice: { amount: '19.99' }, lineTotal: { amount: '39.98' } },
        { sku: 'CORD-1', quantity: 3, unitPrice: { amount: '0.10' }, lineTotal: { amount: '0.30' } },
      ],
      total: { amount: '40.28', currency: 'EUR' },
      shippingAddress: address,
    });
    expect(placed).not.toHaveProperty('rejectionReason');
    // The cart was read as the customer, with the request id, in the checkout's trace.
    const checkoutLine = await order.service.waitForLog(
      (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'order placed',
    );
    const cartRead = await carts.waitForCartLog(
      (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'request completed',
    );
    expect(cartRead).toMatchObject({ method: 'GET', url: '/api/cart', statusCode: 200 });
    expect(checkoutLine['trace_id']).toMatch(/^[0-9a-f]{32}$/);
    expect(cartRead['trace_id']).toBe(checkoutLine['trace_id']);

    const fromTopic = await bus.waitFor('inventory-order-events', 'order.placed.v1', placed.id);
    const fromBus = await bus.waitFor('audit-events', 'order.placed.v1', placed.id);
    expect(fromBus.envelope.id).toBe(fromTopic.envelope.id);
    expect(fromTopic.attributes).toMatchObject({
      'shop.event.type': 'order.placed.v1',
      'shop.event.id': fromTopic.envelope.id,
      'shop.correlation.id': requestId,
    });
    expect(fromTopic.envelope).toMatchObject({
      source: 'shop.order',
      correlationId: requestId,
      data: {
        orderId: placed.id,
        cartId,
        customer: { customerId: customer.id, email: customer.email },
        lines: [
          { productId: lamp.productId, sku: 'LAMP-1', name: lamp.name, quantity: 2, unitPrice: lamp.unitPrice },
          {
            productId: cord.productId,
            sku: 'CORD-1',
            name: cord.name,
            quantity: 3,
            unitPrice: { amount: '0.10', currency: 'EUR' },
          },
        ],
        total: { amount: '40.28', currency: 'EUR' },
      },
    });
    const { reserveUntil } = fromTopic.envelope.data as { reserveUntil: string };
    // Twice the pending timeout (600 s): the order expires, and releases its stock, first.
    expect(Date.parse(reserveUntil) - Date.parse(placed.createdAt)).toBe(1_200_000);

    // The order and customer ids are in the logs of the request.
    const line = await order.service.waitForLog(
      (candidate) => candidate['msg'] === 'order placed' && candidate['order_id'] === placed.id,
    );
    expect(line).toMatchObject({
      customer_id: customer.id,
      request_id: requestId,
      trace_id: expect.any(String) as unknown,
    });
  });

  it("places a guest's order by cart token, with the email of the body", async () => {
    const cartToken = await carts.guestToken();
    await carts.fill({ cartToken }, [{}]);

    const response = await checkout({ cartToken }, newKey(), { email: 'guest@example.com', shippingAddress: address });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'PENDING', email: 'guest@example.com', customerId: null });
    const placed = await bus.waitFor('inventory-order-events', 'order.placed.v1', (response.body as OrderBody).id);
    expect(placed.envelope.data).toMatchObject({ customer: { customerId: null, email: 'guest@example.com' } });
  });

  it('refuses a guest checkout without an email, and an empty cart, storing nothing', async () => {
    const cartToken = await carts.guestToken();
    await carts.fill({ cartToken }, [{}]);
    const noEmail = await checkout({ cartToken }, newKey(), { shippingAddress: address });
    expect(noEmail.status).toBe(400);
    expect(errorCodeOf(noEmail)).toBe('EMAIL_REQUIRED');

    const emptyToken = await carts.guestToken();
    const empty = await checkout({ cartToken: emptyToken }, newKey(), {
      email: 'e@example.com',
      shippingAddress: address,
    });
    expect(empty.status).toBe(422);
    expect(errorCodeOf(empty)).toBe('CART_EMPTY');

    const noCart = await checkout({ cartToken: newCartToken() }, newKey(), {
      email: 'e@example.com',
      shippingAddress: address,
    });
    expect(noCart.status).toBe(422);
    expect(errorCodeOf(noCart)).toBe('CART_EMPTY');

    expect(
      await countRows(order.databaseUrl, "SELECT COUNT(*) AS total FROM orders WHERE email = 'e@example.com'"),
    ).toBe(0);
  });

  it('answers 503 when the cart service fails, and orders nothing', async () => {
    const customer = await newCustomer();
    await carts.fill(customer, [{}]);
    const cartless = await startOrderProcess(orderEnv(order.databaseUrl, UNREACHABLE_URL));
    try {
      const response = await request(cartless.url)
        .post(ORDERS)
        .set('authorization', customer.authorization)
        .set('idempotency-key', newKey())
        .send({ shippingAddress: address });
      expect(response.status).toBe(503);
      expect(errorCodeOf(response)).toBe('CART_UNAVAILABLE');
    } finally {
      await cartless.stop();
    }
    expect(
      await countRows(order.databaseUrl, 'SELECT COUNT(*) AS total FROM orders WHERE customer_id = ?', [customer.id]),
    ).toBe(0);
  });
});

describe('idempotency', () => {
  it('answers the same key and body with the same order (200, Idempotent-Replayed), and a different body with 422', async () => {
    const customer = await newCustomer();
    await carts.fill(customer, [{}]);
    const key = newKey();
    const first = await checkout(customer, key, { shippingAddress: address });
    expect(first.status).toBe(201);

    const again = await checkout(customer, key, { shippingAddress: { ...address } });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);

    const different = await checkout(customer, key, { shippingAddress: { ...address, city: 'Paris' } });
    expect(different.status).toBe(422);
    expect(errorCodeOf(different)).toBe('IDEMPOTENCY_KEY_REUSED');

    // The same key of another owner is another order.
    const other = await newCustomer();
    await carts.fill(other, [{}]);
    const othersOrder = await checkout(other, key, { shippingAddress: address });
    expect(othersOrder.status).toBe(201);
    expect((othersOrder.body as OrderBody).id).not.toBe((first.body as OrderBody).id);

    expect(
      await countRows(order.databaseUrl, 'SELECT COUNT(*) AS total FROM orders WHERE customer_id = ?', [customer.id]),
    ).toBe(1);
  });

  it('makes one order of 20 requests with the same key at once', async () => {
    const customer = await newCustomer();
    await carts.fill(customer, [{}]);
    const key = newKey();

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => checkout(customer, key, { shippingAddress: address })),
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(19).fill(200), 201]);
    const ids = new Set(responses.map((response) => (response.body as OrderBody).id));
    expect(ids.size).toBe(1);
    const [orderId] = [...ids];
    expect(
      await countRows(order.databaseUrl, 'SELECT COUNT(*) AS total FROM orders WHERE customer_id = ?', [customer.id]),
    ).toBe(1);
    // One event, written once per destination.
    const rows = await outboxRowsOf(order.databaseUrl, 'order.placed.v1', orderId ?? '');
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1);
  });
});

describe('saga', () => {
  it('confirms an order when inventory reserved its stock, and order.confirmed.v1 empties the cart and reaches the notifications', async () => {
    const { owner, order: placed, cartId } = await placedOrder();
    expect(await carts.read(owner)).toEqual({ status: 200, itemCount: 2 });

    const reserved = await bus.publishInventoryEvent(StockReservedV1, {
      orderId: placed.id,
      lines: placed.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      reservedUntil: new Date(Date.now() + 600_000).toISOString(),
    });

    const confirmed = await eventuallyStatus(owner, placed.id, 'CONFIRMED');
    const toNotifications = await bus.waitFor('order-notifications', 'order.confirmed.v1', placed.id);
    expect(toNotifications.envelope).toMatchObject({
      correlationId: reserved.correlationId,
      data: { orderId: placed.id, cartId, total: placed.total, customer: { customerId: placed.customerId } },
    });
    // The cart service consumed it from cart-order-events (SNS) and emptied the cart.
    await waitFor(
      async () => ((await carts.read(owner)).itemCount === 0 ? true : undefined),
      30_000,
      () => 'the cart to be emptied',
    );

    // The same event again, and the same news under another event id: nothing changes.
    await bus.publishEnvelope(reserved);
    const duplicate = await bus.publishInventoryEvent(StockReservedV1, {
      orderId: placed.id,
      lines: [{ sku: placed.lines[0]?.sku ?? '', quantity: 2 }],
      reservedUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    await waitFor(
      () => inboxHas(order.databaseUrl, duplicate.id).then((has) => (has ? true : undefined)),
      30_000,
      () => 'the duplicate handled',
    );
    // The redelivery of the first event is handled about as soon; give it time before looking.
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await statusOf(owner, placed.id)).toEqual(confirmed);
    expect(await outboxRowsOf(order.databaseUrl, 'order.confirmed.v1', placed.id)).toHaveLength(2);
    expect(bus.about('audit-events', 'order.confirmed.v1', placed.id)).toHaveLength(1);
  });

  it('rejects an order inventory could not reserve, with its reason, and a late reservation changes nothing', async () => {
    const { owner, order: placed } = await placedOrder();

    await bus.publishInventoryEvent(StockReservationFailedV1, {
      orderId: placed.id,
      reason: 'out-of-stock',
      shortages: [{ sku: placed.lines[0]?.sku ?? '', requested: 2, available: 1 }],
    });

    const rejected = await eventuallyStatus(owner, placed.id, 'REJECTED');
    expect(rejected.rejectionReason).toBe('out-of-stock');
    const event = await bus.waitFor('inventory-order-events', 'order.rejected.v1', placed.id);
    expect(event.envelope.data).toMatchObject({ orderId: placed.id, reason: 'out-of-stock' });
    await bus.waitFor('order-notifications', 'order.rejected.v1', placed.id);

    const late = await bus.publishInventoryEvent(StockReservedV1, {
      orderId: placed.id,
      lines: [{ sku: placed.lines[0]?.sku ?? '', quantity: 2 }],
      reservedUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    await waitFor(
      () => inboxHas(order.databaseUrl, late.id).then((has) => (has ? true : undefined)),
      30_000,
      () => 'the late event handled',
    );
    expect(await statusOf(owner, placed.id)).toEqual(rejected);
    expect(await outboxRowsOf(order.databaseUrl, 'order.confirmed.v1', placed.id)).toHaveLength(0);
  });

  it('lets the owner cancel a confirmed order (order.cancelled.v1), and nothing else', async () => {
    const { owner, order: placed } = await placedOrder();
    const pendingCancel = await cancel(owner, placed.id);
    expect(pendingCancel.status).toBe(409);
    expect(errorCodeOf(pendingCancel)).toBe('ORDER_NOT_CANCELLABLE');

    await bus.publishInventoryEvent(StockReservedV1, {
      orderId: placed.id,
      lines: [{ sku: placed.lines[0]?.sku ?? '', quantity: 2 }],
      reservedUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    await eventuallyStatus(owner, placed.id, 'CONFIRMED');

    const stranger = await newCustomer();
    expect((await cancel(stranger, placed.id)).status).toBe(404);

    const cancelled = await cancel(owner, placed.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: placed.id, status: 'CANCELLED' });
    const event = await bus.waitFor('inventory-order-events', 'order.cancelled.v1', placed.id);
    expect(event.envelope.data).toEqual({
      orderId: placed.id,
      customer: { customerId: placed.customerId, email: placed.email },
    });

    const again = await cancel(owner, placed.id);
    expect(again.status).toBe(409);
    expect(await outboxRowsOf(order.databaseUrl, 'order.cancelled.v1', placed.id)).toHaveLength(2);
  });
});

describe('business telemetry', () => {
  it('puts the order on the spans of the checkout and the consumer, and counts the saga', async () => {
    const { order: placed, placedEvent } = await placedOrder();
    // Inventory answers in the trace of the order.placed.v1 it consumed.
    await bus.publishInventoryEvent(
      StockReservedV1,
      {
        orderId: placed.id,
        lines: [{ sku: placed.lines[0]?.sku ?? '', quantity: 2 }],
        reservedUntil: new Date(Date.now() + 600_000).toISOString(),
      },
      { traceparent: placedEvent.attributes['traceparent'] ?? '' },
    );

    const spans = await receiver.waitForSpans((received) =>
      ['PENDING', 'CONFIRMED'].every((status) =>
        received.some(
          (span) => span.attributes['shop.order.id'] === placed.id && span.attributes['shop.order.status'] === status,
        ),
      ),
    );
    const checkoutSpan = spans.find(
      (span) => span.attributes['shop.order.id'] === placed.id && span.attributes['shop.order.status'] === 'PENDING',
    );
    expect(checkoutSpan?.attributes).toMatchObject({
      'shop.customer.id': placed.customerId,
      'shop.order.total': placed.total.amount,
      'shop.order.currency': 'EUR',
      'shop.idempotency.replay': false,
    });
    const consumerSpan = spans.find(
      (span) => span.attributes['shop.order.id'] === placed.id && span.attributes['shop.order.status'] === 'CONFIRMED',
    );
    // One checkout is one trace: through the outbox, SNS and SQS to inventory and back.
    expect(consumerSpan?.traceId).toBe(checkoutSpan?.traceId);

    for (const name of ['shop.checkout.started', 'shop.order.placed', 'shop.order.confirmed']) {
      const metric = await receiver.waitForMetric(name, (candidate) =>
        candidate.dataPoints.some((point) => (point.value ?? 0) > 0),
      );
      expect(metric.dataPoints.length).toBeGreaterThan(0);
    }
    const value = await receiver.waitForMetric('shop.order.value', (metric) =>
      metric.dataPoints.some((point) => point.attributes['shop.order.currency'] === 'EUR' && (point.count ?? 0) > 0),
    );
    expect(value.dataPoints[0]?.sum).toBeGreaterThan(0);
  });
});
