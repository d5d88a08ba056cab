import request from 'supertest';
import { tokenFor } from '@shop/testing';
import { startInventory, type InventoryUnderTest } from './support/inventory-under-test';
import { dataOf, LocalMessaging, type QueueCollector } from './support/local-messaging';
import { eventually, orderEvents, productCreated } from './support/order-events';
import { StockDatabase } from './support/stock-database';

// 200 orders for one unit each of a SKU with 50 on hand, published at once to the order topic and
// handled by the built inventory with 20 messages at a time: exactly 50 reserved, 150 refused, and
// the stock never negative nor oversold (a guarded UPDATE plus the table's CHECK).

const ORDERS = 200;
const ON_HAND = 50;
const SKU = 'RUSH-1';

const messaging = new LocalMessaging();
let inventory: InventoryUnderTest;
let db: StockDatabase;
let answers: QueueCollector;
let lowStockAlerts: QueueCollector;

jest.setTimeout(180_000);

beforeAll(async () => {
  await messaging.start();
  answers = messaging.collect('order-inventory-events');
  lowStockAlerts = messaging.collect('low-stock-alerts');
  inventory = await startInventory('inventory_rush', {
    AWS_ENDPOINT_URL: messaging.url,
    SHOP_RESOURCE_PREFIX: messaging.prefix,
    CONSUMER_CONCURRENCY: '20',
  });
  db = new StockDatabase(inventory.databaseUrl);
}, 120_000);

afterAll(async () => {
  await inventory?.stop();
  await messaging.stop();
}, 60_000);

it(`reserves exactly ${ON_HAND} of ${ORDERS} concurrent orders for ${ON_HAND} units`, async () => {
  await messaging.publish('catalog-events', productCreated(SKU));
  await eventually(() => db.stock(SKU), 'the stock item');
  const received = await request(inventory.service.url)
    .post(`/api/inventory/admin/stock/${SKU}/receipts`)
    .auth(await tokenFor(['admin']), { type: 'bearer' })
    .send({ quantity: ON_HAND });
  expect(received.status).toBe(201);

  const orders = Array.from({ length: ORDERS }, () => orderEvents.placed([{ sku: SKU, quantity: 1 }]));
  await Promise.all(orders.map((order) => messaging.publish('order-events', order)));
  const orderIds = new Set(orders.map((order) => order.data.orderId));
  const outcomes = await answers.waitFor(
    (envelope) => orderIds.has(String(dataOf(envelope)['orderId'])),
    ORDERS,
    120_000,
  );

  const reserved = outcomes.filter((envelope) => envelope.type === 'inventory.stock.reserved.v1');
  const failed = outcomes.filter((envelope) => envelope.type === 'inventory.stock.reservation-failed.v1');
  expect(reserved).toHaveLength(ON_HAND);
  expect(failed).toHaveLength(ORDERS - ON_HAND);
  expect(new Set(outcomes.map((envelope) => dataOf(envelope)['orderId'])).size).toBe(ORDERS);
  for (const envelope of failed) expect(dataOf(envelope)).toMatchObject({ reason: 'out-of-stock' });

  expect(await db.stock(SKU)).toMatchObject({ onHand: ON_HAND, reserved: ON_HAND });
  const [held] = await db.query<{ total: number }>(
    "SELECT COUNT(*) AS total FROM reservations WHERE sku = ? AND status = 'RESERVED'",
    [SKU],
  );
  expect(Number(held?.total)).toBe(ON_HAND);
  const publicView = await request(inventory.service.url).get(`/api/inventory/stock/${SKU}`);
  expect(publicView.body).toEqual({ sku: SKU, available: 0, status: 'out-of-stock' });

  expect(await db.movementCount(SKU)).toBe(1 + ON_HAND);
  expect(await db.ledgerMismatches()).toEqual([]);
  expect(await db.impossibleMovements()).toEqual([]);

  // One crossing of the threshold, so one alert.
  await lowStockAlerts.waitFor((envelope) => dataOf(envelope)['sku'] === SKU);
  await messaging.drained('inventory-order-events');
  expect(lowStockAlerts.envelopes.filter((envelope) => dataOf(envelope)['sku'] === SKU)).toHaveLength(1);
});
