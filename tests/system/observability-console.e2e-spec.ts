import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import type { Locator } from 'playwright-core';
import { ShopClient, operatorToken } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';
import { startStorefrontInBrowser, type StorefrontInBrowser } from './support/storefront-in-browser';
import { newDesktopPage, openDisclosure, reloadUntil, screenshot } from './support/browser';
import { signInOperator } from './support/admin-console';
import { addToCart, placeOrder } from './support/shopper';
import type { LogView, SpanView } from './support/telemetry-views';

/** The service the collector files every browser span under (whatever service.name the browser SDK sets). */
/** The service.name the storefront's browser code gives its spans (frontend/src/app/layout.tsx). */
const BROWSER_SERVICE = 'storefront-web';

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;
let storefront: StorefrontInBrowser;
let product: { id: string; sku: string; slug: string; name: string };

async function telemetry<T>(path: string): Promise<T> {
  return client.expect<T>(200, 'GET', `/api/telemetry${path}`, { bearer: admin });
}

/** The number a table cell or figure shows ("1,234" → 1234). */
async function numberIn(locator: Locator): Promise<number> {
  return Number((await locator.textContent())?.replace(/[^\d.]/g, '') || Number.NaN);
}

beforeAll(async () => {
  shop = await ShopUnderTest.start({ telemetry: true });
  await shop.seedOperators();
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
  const stocked = await client.stockedProduct(admin, 10, '19.00');
  // The product page offers it once the catalog has learnt the stock from inventory's events.
  product = await client.productInStock(stocked.id);
  // The browser's spans go to the collector's OTLP/HTTP receiver, as the services' do over gRPC.
  storefront = await startStorefrontInBrowser(shop.url, {
    OTEL_EXPORTER_OTLP_HTTP_ENDPOINT: shop.telemetry.httpEndpoint,
  });
}, 300_000);

afterAll(async () => {
  await storefront?.stop();
  await shop?.stop();
});

describe('the observability console on a checkout made in a real browser', () => {
  let orderId: string;
  let traceId: string;
  let spans: SpanView[];

  beforeAll(async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await page.goto(`${storefront.url}/products/${product.slug}`);
    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    await addToCart(page, product.name);
    await page.goto(`${storefront.url}/checkout`);
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    orderId = await placeOrder(page, `observed-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByTestId('order-status').filter({ hasText: 'CONFIRMED' }).waitFor({ timeout: 60_000 });
    await context.close();

    // The order's trace, once the saga's last hop (inventory's answer consumed by the order service) arrived.
    // The order's page reads the order too: of the traces about the order, the checkout's is the one that
    // crossed into inventory. Wait until the saga's last hop (inventory's answer consumed by the order service) came.
    const filter = encodeURIComponent(`annotation.order_id = "${orderId}"`);
    const wanted = [BROWSER_SERVICE, 'gateway', 'order', 'cart', 'inventory'];
    let seen = 'no trace';
    ({ traceId, spans } = await waitFor(
      async () => {
        const found = await telemetry<{ items: { traceId: string; services: string[] }[] }>(
          `/traces?filter=${filter}&limit=20`,
        );
        seen = found.items.map((item) => `[${item.services.join(', ')}]`).join(' ');
        const checkout = found.items.find((item) => item.services.includes('inventory'));
        if (!checkout) return undefined;
        const trace = await telemetry<{ spans: SpanView[] }>(`/traces/${checkout.traceId}`);
        const services = new Set(trace.spans.map((span) => span.service));
        const settled = trace.spans.some((span) => span.service === 'order' && span.kind === 'consumer');
        // A span is exported when it ends, after its children: wait until no span waits for its parent but one.
        const ids = new Set(trace.spans.map((span) => span.spanId));
        const roots = trace.spans.filter((span) => span.parentSpanId === null || !ids.has(span.parentSpanId));
        seen += `; roots of the checkout's: ${roots.map((span) => `${span.service} ${span.name}`).join(', ')}`;
        return wanted.every((name) => services.has(name)) && settled && roots.length === 1
          ? { traceId: checkout.traceId, spans: trace.spans }
          : undefined;
      },
      60_000,
      () => `the trace of order ${orderId} with spans of ${wanted.join(', ')}; traces of the order: ${seen}`,
    ));
  }, 180_000);

  it('keeps the click as one trace, from the browser’s fetch to the database', () => {
    const ids = new Set(spans.map((span) => span.spanId));
    const roots = spans.filter((span) => span.parentSpanId === null || !ids.has(span.parentSpanId));
    // The browser's span of the server action's POST is the root; the gateway's server span hangs below it.
    expect(roots.map((span) => `${span.service} ${span.name}`)).toEqual([`${BROWSER_SERVICE} POST`]);
    expect(roots[0]?.resource['telemetry.sdk.language']).toBe('webjs');
    const gateway = spans.find((span) => span.service === 'gateway' && span.kind === 'server');
    expect(spans.find((span) => span.spanId === gateway?.parentSpanId)?.service).toBe(BROWSER_SERVICE);
    const databaseCalls = spans.filter(
      (span) => span.kind === 'client' && Object.keys(span.attributes).some((key) => key.startsWith('db.system')),
    );
    expect(databaseCalls.map((span) => span.service)).toEqual(expect.arrayContaining(['order', 'inventory']));
  });

  it('finds the trace by a filter, draws its waterfall with the messaging hops, and leads to its logs', async () => {
    await waitFor(
      async () =>
        (await telemetry<{ items: LogView[] }>(`/logs?traceId=${traceId}&limit=200`)).items.some(
          (line) => line.service === 'order',
        ) || undefined,
      60_000,
      () => `log lines of the order service in trace ${traceId}`,
    );
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Observability' }).click();
    await page.getByRole('heading', { level: 1, name: 'Observability' }).waitFor();
    await screenshot(page, 'observability-overview');

    await page.getByRole('navigation', { name: 'Observability' }).getByRole('link', { name: 'Traces' }).click();
    await page.getByRole('heading', { level: 1, name: 'Traces' }).waitFor();
    await page.getByLabel('Filter expression').fill(`service("inventory") AND annotation.order_id = "${orderId}"`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/filter=/);
    const found = page.getByRole('link', { name: new RegExp(`trace ${traceId}`) });
    await found.waitFor();
    expect(await page.getByRole('table', { name: 'Traces found, newest first' }).getByRole('row').count()).toBe(2);
    await screenshot(page, 'observability-traces');

    await found.click();
    await page.getByRole('heading', { level: 1, name: `Trace ${traceId}` }).waitFor();
    const waterfall = page.getByRole('list', { name: 'Spans in call order' });
    await waterfall.getByRole('button').first().waitFor();
    // Spans that came after the API was asked (the cart emptied on the confirmation) may be shown too.
    expect(await waterfall.getByRole('button').count()).toBeGreaterThanOrEqual(spans.length);
    const shown = await waterfall.getByRole('button').allTextContents();
    for (const service of [BROWSER_SERVICE, 'gateway', 'order', 'cart', 'inventory']) {
      expect([service, shown.some((text) => text.startsWith(service))]).toEqual([service, true]);
    }
    // Producer and consumer spans carry the queue or topic they send to or receive from.
    const producer = spans.find((span) => span.kind === 'producer');
    const consumer = spans.find((span) => span.kind === 'consumer');
    expect(await page.locator(`button[data-span="${producer?.spanId}"]`).textContent()).toMatch(/sends to \S+/);
    expect(await page.locator(`button[data-span="${consumer?.spanId}"]`).textContent()).toMatch(/receives from \S+/);
    await screenshot(page, 'observability-trace');

    const orderServer = spans.find((span) => span.service === 'order' && span.kind === 'server');
    if (!orderServer) throw new Error('the trace has no server span of the order service');
    const attributes = page.getByRole('table', { name: 'Attributes', exact: true });
    await openDisclosure(
      page.locator(`button[data-span="${orderServer.spanId}"]`),
      attributes,
      'the order span’s attributes',
    );
    expect(await attributes.getByRole('row', { name: /^http\.route / }).textContent()).toContain('/orders');
    await screenshot(page, 'observability-trace-span');

    await page.getByRole('link', { name: 'Logs of this trace' }).click();
    await page.waitForURL(new RegExp(`/admin/observability/logs\\?traceId=${traceId}`));
    const logs = page.getByRole('table', { name: 'Log lines, newest first' });
    await logs.getByRole('cell', { name: 'order', exact: true }).first().waitFor();
    expect(await page.getByLabel('Trace id').inputValue()).toBe(traceId);
    await screenshot(page, 'observability-trace-logs');
    await context.close();
  });

  it('shows the API’s message and the column when a filter cannot be read', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'viewer');
    await page.goto(`${storefront.url}/admin/observability/traces`);
    await page.getByLabel('Filter expression').fill('responsetime > ');
    await page.getByRole('button', { name: 'Search' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /expected a value after ">" at column 15/ });
    await alert.waitFor();
    // The search keeps the trimmed filter; the caret sits on the column the message names, after the ">".
    expect(await page.getByLabel('Filter expression').inputValue()).toBe('responsetime >');
    expect(await page.getByLabel('Filter expression').getAttribute('aria-invalid')).toBe('true');
    expect(await alert.getByTestId('query-error-pointer').textContent()).toBe(`responsetime >\n${' '.repeat(14)}^`);
    await screenshot(page, 'observability-traces-bad-filter');

    // The examples under the field are expressions the API reads.
    const examples = await page.locator('#trace-filter-hint').getByRole('link').allTextContents();
    expect(examples.length).toBeGreaterThan(0);
    const listed = page.getByRole('table', { name: 'Traces found, newest first' });
    const refused = page.locator('#trace-filter-error').or(page.getByText('The traces could not be searched'));
    for (const example of examples) {
      await page.goto(`${storefront.url}/admin/observability/traces?filter=${encodeURIComponent(example)}`);
      await listed
        .or(page.getByRole('heading', { name: 'No traces match' }))
        .or(refused)
        .waitFor();
      expect([example, await refused.count()]).toEqual([example, 0]);
    }
    await context.close();
  });

  it('draws the service map with the services, a database and the queues and topics between them', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'admin');
    await page.goto(`${storefront.url}/admin/observability/service-map`);
    const nodes = page.getByRole('table', { name: 'Nodes of the map' });
    await nodes.waitFor();
    const types = new Map<string, string[]>();
    for (const row of await nodes.locator('tbody tr').all()) {
      const name = (await row.getByRole('rowheader').textContent()) ?? '';
      const type = (await row.getByRole('cell').first().textContent()) ?? '';
      types.set(type, [...(types.get(type) ?? []), name]);
    }
    expect(types.get('service')).toEqual(expect.arrayContaining(['gateway', 'order', 'cart', 'inventory', 'catalog']));
    expect(types.get('database')?.length).toBeGreaterThanOrEqual(1);
    expect((types.get('queue')?.length ?? 0) + (types.get('topic')?.length ?? 0)).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('img', { name: /^Service map: \d+ nodes/ }).count()).toBe(1);
    await screenshot(page, 'observability-service-map');
    await context.close();
  });

  it('shows the order service’s requests on the RED dashboard and the placed order on the business one', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'viewer');
    const summary = page.getByRole('table', { name: /^Requests, errors and duration of each service/ });
    const orderRow = summary.getByRole('row', { name: /^order\b/ });
    await reloadUntil(
      page,
      `${storefront.url}/admin/observability/metrics`,
      async () => (await orderRow.isVisible()) && (await numberIn(orderRow.getByRole('cell').first())) > 0,
      'a RED row of the order service with requests',
      60_000,
    );
    await screenshot(page, 'observability-metrics-red');

    const placed = page.locator('dt', { hasText: /^Orders placed$/ }).locator('xpath=following-sibling::dd');
    await reloadUntil(
      page,
      `${storefront.url}/admin/observability/metrics?view=business`,
      async () => (await placed.isVisible()) && (await numberIn(placed)) >= 1,
      'the business dashboard to count the placed order',
      60_000,
    );
    await screenshot(page, 'observability-metrics-business');

    await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Explorer' }).click();
    await page.getByRole('combobox', { name: 'Metric', exact: true }).selectOption('shop.http.server.duration');
    await page.getByRole('combobox', { name: 'Statistic', exact: true }).selectOption('p99');
    await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption('order');
    await page.getByRole('combobox', { name: 'Group by', exact: true }).selectOption('http.route');
    await page.getByRole('form', { name: 'Explore a metric' }).getByRole('button').click();
    await page.getByText('shop.http.server.duration (p99, order)').first().waitFor();
    expect(await page.getByText('shop.http.server.duration could not be queried').count()).toBe(0);
    await screenshot(page, 'observability-metrics-explorer');
    await context.close();
  });

  it('answers a Logs Insights query with a row per service', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'viewer');
    await page.goto(`${storefront.url}/admin/observability/logs`);
    await page.getByRole('navigation', { name: 'Log views' }).getByRole('link', { name: 'Logs Insights' }).click();
    await page.getByRole('textbox', { name: 'Query', exact: true }).fill('stats count(*) as lines by service');
    await page.getByRole('button', { name: 'Run query' }).click();
    const result = page.getByRole('table', { name: 'Query result' });
    await result.waitFor();
    expect(await result.getByRole('columnheader').allTextContents()).toEqual(['service', 'lines']);
    const order = result.getByRole('row').filter({ has: page.getByRole('cell', { name: 'order', exact: true }) });
    expect(await numberIn(order.getByRole('cell').nth(1))).toBeGreaterThan(0);
    await screenshot(page, 'observability-logs-insights');

    // The examples on the page are queries the API reads.
    const examples = page.getByRole('region', { name: 'Example queries' }).getByRole('link');
    const answered = page.getByRole('heading', { name: 'Result' });
    const refused = page.locator('#insights-error').or(page.getByText('The query could not be run'));
    for (const example of await examples.allTextContents()) {
      await page.goto(`${storefront.url}/admin/observability/logs?tab=insights&query=${encodeURIComponent(example)}`);
      await answered.or(refused).waitFor();
      expect([example, await refused.count()]).toEqual([example, 0]);
    }
    await context.close();
  });

  it('lets an admin create, see and delete a threshold alarm; a viewer sees alarms but may not create one', async () => {
    const name = `order-requests-${randomUUID().slice(0, 8)}`;
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'admin');
    await page.goto(`${storefront.url}/admin/observability/alarms`);
    await page.getByRole('link', { name: 'New alarm' }).click();
    await page.getByRole('heading', { level: 1, name: 'New alarm' }).waitFor();
    const field = (name: string) => page.getByRole('textbox', { name, exact: true });
    const choice = (name: string) => page.getByRole('combobox', { name, exact: true });
    await field('Name').fill(name);
    await field('Description (optional)').fill('The order service is busier than ever');
    await choice('Metric').selectOption('shop.http.server.requests');
    await choice('Statistic').selectOption('sum');
    await choice('Service').selectOption('order');
    await field('Period (seconds)').fill('60');
    await field('Periods evaluated').fill('1');
    await field('Breaching periods to alarm').fill('1');
    await choice('Alarm when the statistic is').selectOption('GreaterThanThreshold');
    await field('Threshold').fill('100000');
    await choice('Missing data').selectOption('notBreaching');
    await screenshot(page, 'observability-alarm-new');
    await page.getByRole('button', { name: 'Create alarm' }).click();
    await page.getByText(`Saved the alarm ${name}.`).waitFor({ timeout: 30_000 });

    await page.goto(`${storefront.url}/admin/observability/alarms`);
    const row = page.getByRole('row', { name: new RegExp(`^${name} `) });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toMatch(/^(OK|ALARM|INSUFFICIENT_DATA)$/);
    await screenshot(page, 'observability-alarms');

    await row.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: `Delete alarm ${name}` }).click();
    await page.getByText(`Deleted the alarm ${name}.`).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('row', { name: new RegExp(`^${name} `) }).count()).toBe(0);
    await context.close();

    const viewer = await newDesktopPage(storefront.browser);
    await signInOperator(viewer.page, storefront.url, 'viewer');
    await viewer.page.goto(`${storefront.url}/admin/observability/alarms`);
    await viewer.page.getByRole('table', { name: 'Alarms and their states' }).waitFor();
    expect(await viewer.page.getByRole('link', { name: 'New alarm' }).count()).toBe(0);
    const refused = await viewer.page.goto(`${storefront.url}/admin/observability/alarms/new`);
    expect(refused?.status()).toBe(403);
    await viewer.page.getByRole('heading', { name: '403: not allowed' }).waitFor();
    await screenshot(viewer.page, 'observability-alarm-new-viewer');
    await viewer.context.close();
  });
});
