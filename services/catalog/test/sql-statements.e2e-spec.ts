import { randomBytes } from 'node:crypto';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '@shop/testing';
import request from 'supertest';
import { startCatalog, type CatalogUnderTest } from './support/catalog-under-test';

const SERVER_KIND = 2;
const MYSQL2_SCOPE = '@opentelemetry/instrumentation-mysql2';
const START_TIMEOUT_MS = 120_000;

/**
 * The storefront's read paths stay at a few SQL statements whatever the page size or filters (counted
 * from the mysql2 spans of one trace): no statement per row, no transaction around a read.
 */
describe('SQL statements per storefront request (e2e)', () => {
  let receiver: OtlpReceiver;
  let catalog: CatalogUnderTest;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    catalog = await startCatalog('catalog_sql_count', {
      seed: true,
      env: {
        OTEL_SDK_DISABLED: 'false',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_TRACES_SAMPLER_ARG: '1',
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
    });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await catalog?.stop();
    await receiver?.stop();
  }, START_TIMEOUT_MS);

  /** Sends the request in a trace of our own and returns the spans of that trace once its server span arrived. */
  async function traced(
    path: string,
    expectedStatus: number,
  ): Promise<{ statements: string[]; spans: ReceivedSpan[] }> {
    const traceId = randomBytes(16).toString('hex');
    await request(catalog.service.url)
      .get(path)
      .set('traceparent', `00-${traceId}-${randomBytes(8).toString('hex')}-01`)
      .expect(expectedStatus);
    const spans = (
      await receiver.waitForSpans((received) =>
        received.some((span) => span.traceId === traceId && span.kind === SERVER_KIND),
      )
    ).filter((span) => span.traceId === traceId);
    const statements = spans
      .filter((span) => span.scope === MYSQL2_SCOPE)
      .map((span) => {
        const text = span.attributes['db.query.text'] ?? span.attributes['db.statement'];
        return typeof text === 'string' ? text : span.name;
      });
    return { statements, spans };
  }

  it.each([
    ['the first page', '/api/catalog/products', 2],
    ['a full page of 100', '/api/catalog/products?pageSize=100&sort=price', 2],
    ['a category with descendants', '/api/catalog/products?category=home-living&page=3&pageSize=20&sort=price', 3],
    [
      'a category with descendants and a price range, by name',
      '/api/catalog/products?category=home-living&minPrice=10&maxPrice=500&sort=name&pageSize=50',
      3,
    ],
    [
      'a category with descendants, a price range and a search',
      '/api/catalog/products?category=home-living&minPrice=10&maxPrice=500&q=chair&pageSize=50',
      3,
    ],
    ['a page past the end', '/api/catalog/products?page=999', 1],
  ])('lists %s (%s) in %d statements', async (_case, path, expected) => {
    const { statements } = await traced(path, 200);
    expect(statements).toHaveLength(expected);
    expect(statements.join('\n')).not.toMatch(/START TRANSACTION|COMMIT/i);
  });

  it('shows a product with its categories and related products in 2 statements', async () => {
    const list = await request(catalog.service.url)
      .get('/api/catalog/products?category=lighting&pageSize=1')
      .expect(200);
    const slug = (list.body as { items: { slug: string }[] }).items[0]?.slug;
    const { statements } = await traced(`/api/catalog/products/${slug}`, 200);
    expect(statements).toHaveLength(2);
  });

  it('reads the stock status in the statements that read products, not in a statement per product', async () => {
    const page = await traced('/api/catalog/products?pageSize=100&sort=price', 200);
    const categoryPage = await traced('/api/catalog/products?category=home-living&pageSize=50&sort=name', 200);
    const list = await request(catalog.service.url)
      .get('/api/catalog/products?category=lighting&pageSize=1')
      .expect(200);
    const slug = (list.body as { items: { slug: string }[] }).items[0]?.slug;
    const detail = await traced(`/api/catalog/products/${slug}`, 200);

    const joiningStock = (statements: string[]) => statements.filter((text) => /\bstock_statuses\b/.test(text));
    // The page itself; the count and the category lookup need no stock status.
    expect([page.statements.length, joiningStock(page.statements).length]).toEqual([2, 1]);
    expect([categoryPage.statements.length, joiningStock(categoryPage.statements).length]).toEqual([3, 1]);
    // The product and its related products.
    expect([detail.statements.length, joiningStock(detail.statements).length]).toEqual([2, 2]);
  });

  it('builds the category tree with its counts in 2 statements', async () => {
    const { statements } = await traced('/api/catalog/categories', 200);
    expect(statements).toHaveLength(2);
  });

  it('puts the business attributes of a list on the trace', async () => {
    const { spans } = await traced('/api/catalog/products?category=lighting&q=lamp', 200);
    const attributes = Object.assign({}, ...spans.map((span) => span.attributes)) as Record<string, unknown>;
    expect(attributes).toMatchObject({
      'shop.category.slug': 'lighting',
      'shop.search.query_length': 4,
      'shop.result.count': expect.any(Number) as unknown,
      'shop.result.total': expect.any(Number) as unknown,
    });
  });
});
