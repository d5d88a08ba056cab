import request from 'supertest';
import { tokenFor } from '@shop/testing';
import { errorCodeOf } from '@shop/testing/jest';
import { startInventory, runInventoryScript, type InventoryUnderTest } from './support/inventory-under-test';
import { StockDatabase } from './support/stock-database';

// The built inventory on a migrated, seeded MariaDB database; its AWS endpoint is unreachable, so the
// events it writes stay in the outbox, where this test reads them.

const ADMIN = '/api/inventory/admin/stock';

let inventory: InventoryUnderTest;
let db: StockDatabase;
let adminToken: string;
let viewerToken: string;

beforeAll(async () => {
  inventory = await startInventory('inventory_admin');
  db = new StockDatabase(inventory.databaseUrl);
  adminToken = await tokenFor(['admin'], { subject: 'operator-ada' });
  viewerToken = await tokenFor(['viewer'], { subject: 'operator-vic' });
}, 120_000);

afterAll(async () => {
  await inventory?.stop();
}, 60_000);

const http = () => request(inventory.service.url);
const asAdmin = (test: request.Test) => test.auth(adminToken, { type: 'bearer' });
const asViewer = (test: request.Test) => test.auth(viewerToken, { type: 'bearer' });

interface StockItemBody {
  sku: string;
  productId: string | null;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  status: string;
  updatedAt: string;
}

describe('storefront stock (e2e)', () => {
  it('answers available units and status for a seeded SKU, without a token', async () => {
    const response = await http().get('/api/inventory/stock/SKU-000001');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sku: 'SKU-000001', available: expect.any(Number) as unknown, status: 'in-stock' });
  });

  it('shows the seeded low and out-of-stock SKUs as such', async () => {
    expect((await http().get('/api/inventory/stock/SKU-000015')).body).toMatchObject({ status: 'low' });
    expect((await http().get('/api/inventory/stock/SKU-000040')).body).toEqual({
      sku: 'SKU-000040',
      available: 0,
      status: 'out-of-stock',
    });
  });

  it('answers 404 for an unknown SKU and 400 for something that is no SKU', async () => {
    const unknown = await http().get('/api/inventory/stock/NOPE-1');
    expect(unknown.status).toBe(404);
    expect(errorCodeOf(unknown)).toBe('STOCK_ITEM_NOT_FOUND');
    const malformed = await http().get(`/api/inventory/stock/${encodeURIComponent('bad sku!')}`);
    expect(malformed.status).toBe(400);
    expect(errorCodeOf(malformed)).toBe('INVALID_SKU');
  });
});

describe('admin stock (e2e)', () => {
  it('lists stock by SKU prefix and only the low ones when asked', async () => {
    const prefixed = await asViewer(http().get(ADMIN).query({ q: 'SKU-00001', pageSize: 5 }));
    expect(prefixed.status).toBe(200);
    expect(prefixed.body).toMatchObject({ total: 10, page: 1, pageSize: 5 });
    expect((prefixed.body as { items: StockItemBody[] }).items.map((item) => item.sku)).toEqual([
      'SKU-000010',
      'SKU-000011',
      'SKU-000012',
      'SKU-000013',
      'SKU-000014',
    ]);

    const low = await asViewer(http().get(ADMIN).query({ lowStock: 'true', pageSize: 100 }));
    expect(low.status).toBe(200);
    const items = (low.body as { items: StockItemBody[]; total: number }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.available).toBeLessThanOrEqual(item.lowStockThreshold);
      expect(['low', 'out-of-stock']).toContain(item.status);
    }
  });

  it('receives stock: on hand up, a receipt in the ledger by the operator, the ledger sums to the level', async () => {
    const before = (await asViewer(http().get(`${ADMIN}/SKU-000002`))).body as StockItemBody;
    const response = await asAdmin(http().post(`${ADMIN}/SKU-000002/receipts`)).send({ quantity: 7, note: 'PO 12' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sku: 'SKU-000002',
      onHand: before.onHand + 7,
      reserved: 0,
      available: before.onHand + 7,
      status: 'in-stock',
    });

    const movements = await asViewer(http().get(`${ADMIN}/SKU-000002/movements`));
    expect(movements.status).toBe(200);
    expect(movements.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect((movements.body as { items: unknown[] }).items).toEqual([
      expect.objectContaining({
        kind: 'receipt',
        onHandDelta: 7,
        reservedDelta: 0,
        onHandAfter: before.onHand + 7,
        reservedAfter: 0,
        orderId: null,
        reason: 'PO 12',
        actor: 'operator-ada',
      }),
      expect.objectContaining({ kind: 'receipt', onHandDelta: before.onHand, actor: 'seed' }),
    ]);
    expect(await db.ledgerMismatches()).toEqual([]);
  });

  it('adjusts with a reason and refuses to go below what is there, changing nothing', async () => {
    // SKU-000045: every 15th SKU is seeded low (2 to 4 units).
    const before = (await asViewer(http().get(`${ADMIN}/SKU-000045`))).body as StockItemBody;
    const down = await asAdmin(http().post(`${ADMIN}/SKU-000045/adjustments`)).send({ delta: -1, reason: 'broken' });
    expect(down.status).toBe(201);
    expect(down.body).toMatchObject({ onHand: before.onHand - 1 });

    const movementsBefore = await db.movementCount('SKU-000045');
    const tooMuch = await asAdmin(http().post(`${ADMIN}/SKU-000045/adjustments`)).send({
      delta: -before.onHand,
      reason: 'count',
    });
    expect(tooMuch.status).toBe(409);
    expect(errorCodeOf(tooMuch)).toBe('INSUFFICIENT_STOCK');
    expect(await db.stock('SKU-000045')).toMatchObject({ onHand: before.onHand - 1 });
    expect(await db.movementCount('SKU-000045')).toBe(movementsBefore);
    expect(await db.ledgerMismatches()).toEqual([]);
  });

  it('sets the threshold; crossing it reports the status change and one low-stock alert', async () => {
    const sku = 'SKU-000003';
    const item = (await asViewer(http().get(`${ADMIN}/${sku}`))).body as StockItemBody;
    const response = await asAdmin(http().put(`${ADMIN}/${sku}/threshold`)).send({
      lowStockThreshold: item.available,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ lowStockThreshold: item.available, status: 'low' });
    // Receiving above the threshold and raising it again is a second crossing.
    await asAdmin(http().post(`${ADMIN}/${sku}/receipts`)).send({ quantity: 1 });
    await asAdmin(http().put(`${ADMIN}/${sku}/threshold`)).send({ lowStockThreshold: item.available + 5 });
    // Already low: no new alert, no status change.
    await asAdmin(http().put(`${ADMIN}/${sku}/threshold`)).send({ lowStockThreshold: item.available + 6 });

    const written = await db.outboxTypes(sku);
    const count = (line: string) => written.filter((candidate) => candidate === line).length;
    // The seed's own status report of the SKU, then two crossings into low and one back out.
    expect(written).toHaveLength(10);
    expect(count('inventory.stock.low-stock-detected.v1 -> eventbridge:shop-events')).toBe(2);
    expect(count('inventory.stock.status-changed.v1 -> eventbridge:shop-events')).toBe(4);
    expect(count('inventory.stock.status-changed.v1 -> sns:inventory-events')).toBe(4);
  });

  it('answers 404 for writes to an unknown SKU, changing nothing', async () => {
    const response = await asAdmin(http().post(`${ADMIN}/NOPE-2/receipts`)).send({ quantity: 1 });
    expect(response.status).toBe(404);
    expect(errorCodeOf(response)).toBe('STOCK_ITEM_NOT_FOUND');
    expect(await db.stock('NOPE-2')).toBeUndefined();
    expect(await db.movementCount('NOPE-2')).toBe(0);
  });

  it.each([
    ['receipts', 'post', { quantity: 0 }],
    ['receipts', 'post', { quantity: 100_001 }],
    ['receipts', 'post', { quantity: 1.5 }],
    ['receipts', 'post', { quantity: '5' }],
    ['receipts', 'post', { quantity: 5, actor: 'someone-else' }],
    ['receipts', 'post', { quantity: 5, note: 'x'.repeat(501) }],
    ['receipts', 'post', {}],
    ['adjustments', 'post', { delta: 0, reason: 'nothing' }],
    ['adjustments', 'post', { delta: 3 }],
    ['adjustments', 'post', { delta: 3, reason: '   ' }],
    ['adjustments', 'post', { delta: 3, reason: '' }],
    ['adjustments', 'post', { delta: 100_001, reason: 'too many' }],
    ['adjustments', 'post', { delta: 3, reason: 'ok', onHand: 1000 }],
    ['threshold', 'put', { lowStockThreshold: -1 }],
    ['threshold', 'put', { lowStockThreshold: 100_001 }],
    ['threshold', 'put', { lowStockThreshold: 'low' }],
  ] as const)('refuses %s %j with a 400 and changes nothing', async (path, method, body) => {
    const sku = 'SKU-000004';
    const before = await db.stock(sku);
    const movements = await db.movementCount(sku);
    const response = await asAdmin(http()[method](`${ADMIN}/${sku}/${path}`)).send(body);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toMatch(/^(VALIDATION_FAILED|INVALID_STOCK_CHANGE)$/);
    expect(await db.stock(sku)).toEqual(before);
    expect(await db.movementCount(sku)).toBe(movements);
  });

  it.each([{ lowStock: 'maybe' }, { pageSize: 0 }, { pageSize: 101 }, { q: 'a%' }, { sort: 'sku' }])(
    'refuses the list query %j with a 400',
    async (query) => {
      const response = await asViewer(http().get(ADMIN).query(query));
      expect(response.status).toBe(400);
      errorCodeOf(response);
    },
  );

  it('lets a viewer read but not write, and nobody in without a token', async () => {
    expect((await asViewer(http().get(`${ADMIN}/SKU-000005`))).status).toBe(200);
    expect((await asViewer(http().get(`${ADMIN}/SKU-000005/movements`))).status).toBe(200);
    const before = await db.stock('SKU-000005');
    const writes = [
      asViewer(http().post(`${ADMIN}/SKU-000005/receipts`)).send({ quantity: 1 }),
      asViewer(http().post(`${ADMIN}/SKU-000005/adjustments`)).send({ delta: 1, reason: 'x' }),
      asViewer(http().put(`${ADMIN}/SKU-000005/threshold`)).send({ lowStockThreshold: 1 }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.status).toBe(403);
      errorCodeOf(response);
    }
    const customer = await tokenFor(['customer']);
    expect((await http().get(ADMIN).auth(customer, { type: 'bearer' })).status).toBe(403);
    expect((await http().get(ADMIN)).status).toBe(401);
    expect((await http().post(`${ADMIN}/SKU-000005/receipts`).send({ quantity: 1 })).status).toBe(401);
    expect(await db.stock('SKU-000005')).toEqual(before);
  });

  it('keeps the database CHECK as the last guard: no write can oversell a SKU', async () => {
    await expect(db.query("UPDATE stock_items SET reserved = on_hand + 1 WHERE sku = 'SKU-000006'")).rejects.toThrow(
      /CONSTRAINT|check/i,
    );
    await expect(db.query("UPDATE stock_items SET on_hand = -1 WHERE sku = 'SKU-000040'")).rejects.toThrow(
      /CONSTRAINT|check/i,
    );
  });

  it('documents every route in its OpenAPI document', async () => {
    const response = await http().get('/api/inventory/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys((response.body as { paths: Record<string, unknown> }).paths)).toEqual(
      expect.arrayContaining([
        '/api/inventory/stock/{sku}',
        '/api/inventory/admin/stock',
        '/api/inventory/admin/stock/{sku}',
        '/api/inventory/admin/stock/{sku}/movements',
        '/api/inventory/admin/stock/{sku}/receipts',
        '/api/inventory/admin/stock/{sku}/adjustments',
        '/api/inventory/admin/stock/{sku}/threshold',
      ]),
    );
  });

  it('has migrations that match the entities (no drift)', async () => {
    expect(await runInventoryScript('check-drift', inventory.databaseUrl)).toMatch(/^No drift/);
  });

  it('seeds again without changing anything', async () => {
    const movements = await db.movementCount();
    expect(await runInventoryScript('seed', inventory.databaseUrl)).toMatch(/^Seeded 0 stock items; 600 in all/);
    expect(await db.movementCount()).toBe(movements);
  });
});
