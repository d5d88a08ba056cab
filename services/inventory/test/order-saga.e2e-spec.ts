import type { EventEnvelope } from '@shop/contracts';
import { startOtlpReceiver, type OtlpReceiver } from '@shop/testing';
import { startInventory, type InventoryUnderTest } from './support/inventory-under-test';
import { dataOf, LocalMessaging, type QueueCollector } from './support/local-messaging';
import { eventually, orderEvents, productCreated } from './support/order-events';
import { StockDatabase, type StockRow } from './support/stock-database';

// The built inventory against a real MariaDB database and the real local AWS endpoint (in this process)
// with the shop's topology: the test publishes catalog and order events to their topics, as those
// services would, and reads inventory's answers from the queues subscribed to its topic and the bus.

const SWEEP_INTERVAL_MS = 300;

const messaging = new LocalMessaging();
let inventory: InventoryUnderTest;
let db: StockDatabase;
let answers: QueueCollector;
let statusChanges: QueueCollector;
let lowStockAlerts: QueueCollector;
let receiver: OtlpReceiver;

jest.setTimeout(90_000);

beforeAll(async () => {
  await messaging.start();
  answers = messaging.collect('order-inventory-events');
  statusChanges = messaging.collect('catalog-inventory-events');
  lowStockAlerts = messaging.collect('low-stock-alerts');
  receiver = await startOtlpReceiver();
  inventory = await startInventory('inventory_saga', {
    AWS_ENDPOINT_URL: messaging.url,
    SHOP_RESOURCE_PREFIX: messaging.prefix,
    RESERVATION_SWEEP_INTERVAL_MS: String(SWEEP_INTERVAL_MS),
    LOG_LEVEL: 'info',
    OTEL_SDK_DISABLED: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_METRIC_EXPORT_INTERVAL: '1000',
  });
  db = new StockDatabase(inventory.databaseUrl);
}, 120_000);

afterAll(async () => {
  await inventory?.stop();
  await receiver?.stop();
  await messaging.stop();
}, 60_000);

const forOrder = (orderId: string) => (envelope: EventEnvelope) => dataOf(envelope)['orderId'] === orderId;
const forSku = (type: string, sku: string) => (envelope: EventEnvelope) =>
  envelope.type === type && dataOf(envelope)['sku'] === sku;

async function stockOf(sku: string): Promise<StockRow> {
  const row = await db.stock(sku);
  if (row === undefined) throw new Error(`no stock item ${sku}`);
  return row;
}

async function stockReaches(sku: string, wanted: Partial<StockRow>): Promise<StockRow> {
  return eventually(
    async () => {
      const row = await db.stock(sku);
      return row !== undefined && Object.entries(wanted).every(([key, value]) => row[key as keyof StockRow] === value)
        ? row
        : undefined;
    },
    `${sku} to reach ${JSON.stringify(wanted)}`,
  );
}

async function place(lines: { sku: string; quantity: number }[], reserveUntil?: Date): Promise<EventEnvelope> {
  const placed = orderEvents.placed(lines, reserveUntil);
  await messaging.publish('order-events', placed);
  const [answer] = await answers.waitFor(forOrder(placed.data.orderId));
  if (answer === undefined) throw new Error('no answer');
  return answer;
}

async function reservationsOf(orderId: string): Promise<{ sku: string; quantity: number; status: string }[]> {
  return db.query('SELECT sku, quantity, status FROM reservations WHERE order_id = ? ORDER BY sku', [orderId]);
}

async function movementsOf(orderId: string): Promise<{ sku: string; kind: string; actor: string }[]> {
  return db.query('SELECT sku, kind, actor FROM stock_movements WHERE order_id = ? ORDER BY id', [orderId]);
}

describe('catalog events (e2e)', () => {
  it('gives a new product a stock item with nothing on hand, once however often the event comes', async () => {
    const event = productCreated('NEW-SKU-1');
    await messaging.publish('catalog-events', event);
    await messaging.publish('catalog-events', event);

    const row = await eventually(() => db.stock('NEW-SKU-1'), 'the stock item');
    expect(row).toEqual({ sku: 'NEW-SKU-1', productId: event.data.productId, onHand: 0, reserved: 0 });
    const [status] = await statusChanges.waitFor(forSku('inventory.stock.status-changed.v1', 'NEW-SKU-1'));
    expect(dataOf(status as EventEnvelope)).toMatchObject({ status: 'out-of-stock', available: 0 });

    await inventory.service.waitForLog(
      (line) => line['msg'] === 'duplicate event skipped' && line['sku'] === 'NEW-SKU-1',
    );
    await messaging.drained('inventory-catalog-events');
    const handled = await db.query('SELECT * FROM inbox_events WHERE event_id = ?', [event.id]);
    expect(handled).toHaveLength(1);
    expect(statusChanges.envelopes.filter(forSku('inventory.stock.status-changed.v1', 'NEW-SKU-1'))).toHaveLength(1);
  });

  it('fills in the product id of a seeded stock item and leaves its stock alone', async () => {
    const before = await stockOf('SKU-000007');
    expect(before.productId).toBeNull();
    const event = productCreated('SKU-000007');
    await messaging.publish('catalog-events', event);
    const row = await stockReaches('SKU-000007', { productId: event.data.productId });
    expect(row).toEqual({ ...before, productId: event.data.productId });
  });
});

describe('order events (e2e)', () => {
  it('reserves every line of an order and answers StockReserved', async () => {
    const [a, b] = [await stockOf('SKU-000008'), await stockOf('SKU-000009')];
    const placed = orderEvents.placed([
      { sku: 'SKU-000009', quantity: 1 },
      { sku: 'SKU-000008', quantity: 2 },
    ]);
    await messaging.publish('order-events', placed);

    const [answer] = await answers.waitFor(forOrder(placed.data.orderId));
    expect(answer).toMatchObject({
      type: 'inventory.stock.reserved.v1',
      source: 'shop.inventory',
      correlationId: placed.correlationId,
      data: {
        orderId: placed.data.orderId,
        lines: [
          { sku: 'SKU-000008', quantity: 2 },
          { sku: 'SKU-000009', quantity: 1 },
        ],
        reservedUntil: placed.data.reserveUntil,
      },
    });
    expect(await stockOf('SKU-000008')).toEqual({ ...a, reserved: 2 });
    expect(await stockOf('SKU-000009')).toEqual({ ...b, reserved: 1 });
    expect(await reservationsOf(placed.data.orderId)).toEqual([
      { sku: 'SKU-000008', quantity: 2, status: 'RESERVED' },
      { sku: 'SKU-000009', quantity: 1, status: 'RESERVED' },
    ]);
    expect(await movementsOf(placed.data.orderId)).toEqual([
      { sku: 'SKU-000008', kind: 'reservation', actor: 'saga' },
      { sku: 'SKU-000009', kind: 'reservation', actor: 'saga' },
    ]);
  });

  it('reserves nothing when one line falls short, and answers out-of-stock with the shortage', async () => {
    const available = await stockOf('SKU-000010');
    const answer = await place([
      { sku: 'SKU-000010', quantity: 1 },
      { sku: 'SKU-000040', quantity: 1 },
    ]);
    expect(answer).toMatchObject({
      type: 'inventory.stock.reservation-failed.v1',
      data: { reason: 'out-of-stock', shortages: [{ sku: 'SKU-000040', requested: 1, available: 0 }] },
    });
    const orderId = String(dataOf(answer)['orderId']);
    expect(await stockOf('SKU-000010')).toEqual(available);
    expect(await reservationsOf(orderId)).toEqual([]);
    expect(await movementsOf(orderId)).toEqual([]);
  });

  it('answers unknown-sku for a SKU inventory has no stock item for', async () => {
    const answer = await place([{ sku: 'NO-SUCH-SKU', quantity: 1 }]);
    expect(answer).toMatchObject({
      type: 'inventory.stock.reservation-failed.v1',
      data: { reason: 'unknown-sku', shortages: [{ sku: 'NO-SUCH-SKU', requested: 1, available: 0 }] },
    });
  });

  it('handles a redelivered OrderPlaced once: one reservation, one answer', async () => {
    const before = await stockOf('SKU-000016');
    const placed = orderEvents.placed([{ sku: 'SKU-000016', quantity: 4 }]);
    await messaging.publish('order-events', placed);
    await messaging.publish('order-events', placed);
    await answers.waitFor(forOrder(placed.data.orderId));

    await messaging.drained('inventory-order-events');
    expect(answers.envelopes.filter(forOrder(placed.data.orderId))).toHaveLength(1);
    expect(await stockOf('SKU-000016')).toEqual({ ...before, reserved: 4 });
    expect(await movementsOf(placed.data.orderId)).toHaveLength(1);
  });

  it('sells a confirmed order and puts a cancelled one back on the shelf, once each', async () => {
    const before = await stockOf('SKU-000011');
    const answer = await place([{ sku: 'SKU-000011', quantity: 3 }]);
    const orderId = String(dataOf(answer)['orderId']);

    await messaging.publish('order-events', orderEvents.confirmed(orderId));
    await stockReaches('SKU-000011', { onHand: before.onHand - 3, reserved: 0 });
    expect(await reservationsOf(orderId)).toEqual([{ sku: 'SKU-000011', quantity: 3, status: 'SOLD' }]);

    const cancelled = orderEvents.cancelled(orderId);
    await messaging.publish('order-events', cancelled);
    await messaging.publish('order-events', cancelled);
    await stockReaches('SKU-000011', { onHand: before.onHand, reserved: 0 });
    await messaging.drained('inventory-order-events');
    expect(await stockOf('SKU-000011')).toEqual(before);
    expect(await movementsOf(orderId)).toEqual([
      { sku: 'SKU-000011', kind: 'reservation', actor: 'saga' },
      { sku: 'SKU-000011', kind: 'sale', actor: 'saga' },
      { sku: 'SKU-000011', kind: 'restock', actor: 'saga' },
    ]);
  });

  it('releases the stock of a rejected order', async () => {
    const before = await stockOf('SKU-000012');
    const answer = await place([{ sku: 'SKU-000012', quantity: 5 }]);
    const orderId = String(dataOf(answer)['orderId']);
    expect(await stockOf('SKU-000012')).toEqual({ ...before, reserved: 5 });

    await messaging.publish('order-events', orderEvents.rejected(orderId));
    await stockReaches('SKU-000012', { reserved: 0 });
    expect(await reservationsOf(orderId)).toEqual([{ sku: 'SKU-000012', quantity: 5, status: 'RELEASED' }]);
  });

  it('releases a reservation past its time, so an abandoned order blocks nothing', async () => {
    const before = await stockOf('SKU-000014');
    const answer = await place([{ sku: 'SKU-000014', quantity: 6 }], new Date(Date.now() + 1500));
    expect(answer.type).toBe('inventory.stock.reserved.v1');
    const orderId = String(dataOf(answer)['orderId']);

    await stockReaches('SKU-000014', { reserved: 0 });
    expect(await stockOf('SKU-000014')).toEqual(before);
    expect(await reservationsOf(orderId)).toEqual([{ sku: 'SKU-000014', quantity: 6, status: 'RELEASED' }]);
    expect(await movementsOf(orderId)).toEqual([
      { sku: 'SKU-000014', kind: 'reservation', actor: 'saga' },
      { sku: 'SKU-000014', kind: 'release', actor: 'expiry' },
    ]);
    // A late confirmation finds nothing held and changes nothing.
    const late = orderEvents.confirmed(orderId);
    await messaging.publish('order-events', late);
    await eventually(async () => {
      const handled = await db.query('SELECT * FROM inbox_events WHERE event_id = ?', [late.id]);
      return handled.length > 0 ? true : undefined;
    }, 'the late confirmation to be handled');
    expect(await stockOf('SKU-000014')).toEqual(before);
  });

  it('reports a reservation that takes a SKU to its threshold: status low and one low-stock alert', async () => {
    const sku = 'SKU-000013';
    const before = await stockOf(sku);
    await place([{ sku, quantity: before.onHand - 3 }]);

    const [alert] = await lowStockAlerts.waitFor(forSku('inventory.stock.low-stock-detected.v1', sku));
    expect(dataOf(alert as EventEnvelope)).toEqual({ sku, available: 3, threshold: 5 });
    // The seed reported the SKU in stock when it was made; the reservation's report is the low one.
    const low = await statusChanges.waitFor(
      (envelope) => forSku('inventory.stock.status-changed.v1', sku)(envelope) && dataOf(envelope)['status'] === 'low',
    );
    expect(low.map(dataOf)).toEqual([expect.objectContaining({ sku, status: 'low', available: 3 })]);
  });

  it('puts the order id on the consumer span and counts refused orders by reason', async () => {
    const answer = await place([{ sku: 'SKU-000080', quantity: 1 }]);
    expect(answer.type).toBe('inventory.stock.reservation-failed.v1');
    const orderId = dataOf(answer)['orderId'];

    const spans = await receiver.waitForSpans((received) =>
      received.some((span) => span.kind === 5 && span.attributes['shop.order.id'] === orderId),
    );
    const consumer = spans.find((span) => span.kind === 5 && span.attributes['shop.order.id'] === orderId);
    expect(consumer?.attributes).toMatchObject({ 'shop.order.rejection_reason': 'out-of-stock' });
    expect(consumer?.resource).toMatchObject({ 'service.name': 'inventory' });

    // Refused so far: an out-of-stock line, an unknown SKU, and this order.
    const failures = await receiver.waitForMetric('shop.inventory.reservation_failures', (metric) =>
      metric.dataPoints.some(
        (point) => point.attributes['shop.order.rejection_reason'] === 'out-of-stock' && point.value === 2,
      ),
    );
    expect(failures.dataPoints).toContainEqual(
      expect.objectContaining({ attributes: { 'shop.order.rejection_reason': 'unknown-sku' }, value: 1 }),
    );
    const [totals] = await db.query<{ available: string; low: string }>(
      'SELECT SUM(on_hand - reserved) AS available, SUM(on_hand - reserved <= low_stock_threshold) AS low FROM stock_items',
    );
    await receiver.waitForMetric('shop.inventory.available_units', (metric) =>
      metric.dataPoints.some((point) => point.value === Number(totals?.available)),
    );
    await receiver.waitForMetric('shop.inventory.low_stock_items', (metric) =>
      metric.dataPoints.some((point) => point.value === Number(totals?.low)),
    );
  });

  it('keeps the ledger equal to the stock after all of it', async () => {
    expect(await db.ledgerMismatches()).toEqual([]);
    expect(await db.impossibleMovements()).toEqual([]);
  });
});
