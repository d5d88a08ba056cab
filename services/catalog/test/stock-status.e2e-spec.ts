import { randomUUID } from 'node:crypto';
import { SNSClient } from '@aws-sdk/client-sns';
import { createEnvelope, StockStatusChangedV1, type EnvelopeOf, type EventDataOf } from '@shop/contracts';
import { SnsEventPublisher } from '@shop/event-bus';
import { applyTopology, type AppliedTopology, type LocalAws, startLocalAws } from '@shop/local-aws';
import {
  countRows,
  createTestDatabase,
  freePort,
  mariadbUrl,
  queryRows,
  serviceEnv,
  tokenFor,
  startService,
  type LogLine,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { messagingTopology } from '@shop/topology';
import request from 'supertest';
import { CatalogAdmin, unique, type CreatedCategory, type CreatedProduct } from './support/catalog-admin';
import { CATALOG_DIR, runCatalogScript } from './support/catalog-under-test';

// The built catalog consuming `catalog-inventory-events` from the real local AWS endpoint (topology
// applied under a prefix of its own), against a real MariaDB database. The test publishes stock events
// to the `inventory-events` topic exactly as inventory's outbox relay does (SnsEventPublisher: the
// envelope as the message, shop.event.type and the other attributes the subscription filters on).

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PREFIX = `t${randomUUID().slice(0, 8)}`;
const CONSUMED_WITHIN_MS = 30_000;

type StockStatusChanged = EnvelopeOf<typeof StockStatusChangedV1>;

interface ShownProduct {
  id: string;
  sku: string;
  stockStatus: string;
  related?: ShownProduct[];
}

let aws: LocalAws;
let applied: AppliedTopology;
let sns: SNSClient;
let publisher: SnsEventPublisher;
let database: TestDatabase;
let catalog: RunningService;
let admin: CatalogAdmin;
let category: CreatedCategory;

beforeAll(async () => {
  aws = await startLocalAws({ port: await freePort() });
  applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix: PREFIX });
  sns = new SNSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
  const accountId = applied.topics['inventory-events']?.arn.split(':')[4];
  if (accountId === undefined) throw new Error('the inventory-events topic was not applied');
  publisher = new SnsEventPublisher(sns, { prefix: PREFIX, region: REGION, accountId });

  database = await createTestDatabase('catalog_stock_status');
  const databaseUrl = mariadbUrl(database);
  await runCatalogScript('migrate', databaseUrl);
  catalog = await startService({
    name: 'catalog',
    cwd: CATALOG_DIR,
    script: 'dist/main.js',
    env: serviceEnv(databaseUrl, { AWS_ENDPOINT_URL: aws.url, SHOP_RESOURCE_PREFIX: PREFIX, LOG_LEVEL: 'info' }),
    readyPath: '/api/catalog/health/ready',
  });
  admin = new CatalogAdmin(catalog.url, await tokenFor(['admin']));
  category = await admin.category(unique('Stock lamps'));
}, 120_000);

afterAll(async () => {
  await catalog?.stop();
  sns?.destroy();
  await aws?.stop();
  await database?.drop();
}, 60_000);

jest.setTimeout(90_000);

function stockStatusChanged(
  sku: string,
  status: EventDataOf<typeof StockStatusChangedV1>['status'],
  asOf: string,
): StockStatusChanged {
  const available = { 'in-stock': 40, low: 3, 'out-of-stock': 0 }[status];
  return createEnvelope(StockStatusChangedV1, { sku, status, available, asOf }, { correlationId: randomUUID() });
}

async function publish(event: StockStatusChanged): Promise<void> {
  const [outcome] = await publisher.publish([
    { envelope: event, destination: { kind: 'sns', topic: 'inventory-events' } },
  ]);
  expect(outcome).toMatchObject({ published: true });
}

/** The catalog's log line saying what it made of this event (recorded, stale or duplicate). */
function handled(event: StockStatusChanged): Promise<LogLine> {
  return catalog.waitForLog(
    (line) => line['eventId'] === event.id && String(line['msg']).startsWith('stock status'),
    CONSUMED_WITHIN_MS,
  );
}

async function detail(product: CreatedProduct): Promise<ShownProduct> {
  const response = await request(catalog.url).get(`/api/catalog/products/${product.slug}`);
  expect(response.status).toBe(200);
  return response.body as ShownProduct;
}

async function listed(): Promise<Map<string, string>> {
  const response = await request(catalog.url).get(`/api/catalog/products?category=${category.slug}&pageSize=100`);
  expect(response.status).toBe(200);
  const { items } = response.body as { items: ShownProduct[] };
  return new Map(items.map((item) => [item.sku, item.stockStatus]));
}

async function storedRow(sku: string): Promise<{ status: string; as_of: Date } | undefined> {
  const [row] = await queryRows<{ status: string; as_of: Date }>(
    database.url,
    'SELECT `status`, `as_of` FROM `stock_statuses` WHERE `sku` = ?',
    [sku],
    { timezone: 'Z' },
  );
  return row;
}

function inboxRows(eventIds: string[]): Promise<number> {
  return countRows(database.url, 'SELECT COUNT(*) AS `total` FROM `inbox_events` WHERE `event_id` IN (?)', [eventIds]);
}

const product = (sku?: string) => admin.product({ categoryIds: [category.id], ...(sku === undefined ? {} : { sku }) });

describe('stock status on product pages, from inventory events (catalog e2e)', () => {
  it('shows unknown until inventory reports, then what it reported, on the detail, the list and related products', async () => {
    const lamp = await product();
    const shade = await product();
    expect((await detail(lamp)).stockStatus).toBe('unknown');
    expect((await listed()).get(lamp.sku)).toBe('unknown');

    const low = stockStatusChanged(lamp.sku, 'low', '2026-12-04T10:00:00.000Z');
    await publish(low);

    expect((await handled(low))['msg']).toBe('stock status recorded');
    expect((await detail(lamp)).stockStatus).toBe('low');
    const list = await listed();
    expect(list.get(lamp.sku)).toBe('low');
    expect(list.get(shade.sku)).toBe('unknown');
    const related = (await detail(shade)).related ?? [];
    expect(related.find((item) => item.id === lamp.id)?.stockStatus).toBe('low');
  });

  it('keeps the latest asOf: a newer report wins, an older one arriving later and a redelivery change nothing', async () => {
    const lamp = await product();
    const first = stockStatusChanged(lamp.sku, 'low', '2026-12-04T10:00:00.000Z');
    const latest = stockStatusChanged(lamp.sku, 'out-of-stock', '2026-12-04T10:05:00.250Z');
    const older = stockStatusChanged(lamp.sku, 'in-stock', '2026-12-04T10:02:00.000Z');
    const sameTime = stockStatusChanged(lamp.sku, 'in-stock', '2026-12-04T10:05:00.250Z');

    await publish(first);
    await handled(first);
    await publish(latest);
    expect((await handled(latest))['msg']).toBe('stock status recorded');
    expect((await detail(lamp)).stockStatus).toBe('out-of-stock');

    await publish(older);
    expect((await handled(older))['msg']).toBe('stock status ignored (stale)');
    await publish(sameTime);
    expect((await handled(sameTime))['msg']).toBe('stock status ignored (stale)');
    expect((await detail(lamp)).stockStatus).toBe('out-of-stock');

    // The very same event again, as SQS may deliver it: the inbox skips it before any write.
    await publish(latest);
    await catalog.waitForLog(
      (line) => line['eventId'] === latest.id && line['msg'] === 'stock status ignored (duplicate)',
      CONSUMED_WITHIN_MS,
    );
    expect((await detail(lamp)).stockStatus).toBe('out-of-stock');
    expect(await storedRow(lamp.sku)).toEqual({ status: 'out-of-stock', as_of: new Date('2026-12-04T10:05:00.250Z') });
    expect(await inboxRows([first.id, latest.id, older.id, sameTime.id])).toBe(4);
  });

  it('keeps a report on a SKU the catalog does not sell yet, and shows it once the product exists', async () => {
    const sku = unique('SOON').toUpperCase();
    const inStock = stockStatusChanged(sku, 'in-stock', '2026-12-04T11:00:00.000Z');

    await publish(inStock);
    expect((await handled(inStock))['msg']).toBe('stock status recorded');

    expect((await detail(await product(sku))).stockStatus).toBe('in-stock');
  });

  it('takes reports on many SKUs at once, each to its own product', async () => {
    const products = await Promise.all([1, 2, 3, 4, 5, 6].map(() => product()));
    const statuses = ['in-stock', 'low', 'out-of-stock'] as const;
    const events = products.map((item, index) =>
      stockStatusChanged(item.sku, statuses[index % statuses.length]!, '2026-12-04T12:00:00.000Z'),
    );

    await Promise.all(events.map(publish));
    await Promise.all(events.map(handled));

    const list = await listed();
    expect(products.map((item) => list.get(item.sku))).toEqual(events.map((event) => event.data.status));
  });
});
