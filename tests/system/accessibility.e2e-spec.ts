import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { ShopClient, operatorToken } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';
import { startStorefrontInBrowser, type StorefrontInBrowser } from './support/storefront-in-browser';
import { ARTIFACTS, newDesktopPage, openDisclosure, reloadUntil, screenshot } from './support/browser';
import { submitOperatorSignIn } from './support/admin-console';
import { addToCart, placeOrder } from './support/shopper';
import { seedPicturedLamp, type SeededLamp } from './support/pictured-lamp';
/** The impacts that fail the scan; moderate and minor ones are only reported. */
const BLOCKING = new Set(['serious', 'critical']);

let shop: ShopUnderTest;
let storefront: StorefrontInBrowser;

const tag = randomUUID().slice(0, 8);
let product: SeededLamp['product'];
let category: SeededLamp['category'];

interface PageScan {
  page: string;
  url: string;
  violations: { rule: string; impact: string; help: string; nodes: number; targets: string[] }[];
}

const scans: PageScan[] = [];

function summaryOf(violation: Result): PageScan['violations'][number] {
  return {
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.length,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  };
}

/** Runs axe on the page as it is now, keeps its violations for the summary, and returns the blocking ones. */
async function scan(page: Page, name: string): Promise<PageScan['violations']> {
  // A server action's re-render replaces the head for a moment: scan the settled page, not the swap
  // (a page that never gets a title still fails here, by this wait's timeout).
  await page.waitForFunction('document.title.trim() !== ""', undefined, { timeout: 10_000 });
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(summaryOf);
  scans.push({ page: name, url: new URL(page.url()).pathname + new URL(page.url()).search, violations });
  await screenshot(page, `a11y-${name}`);
  return violations.filter((violation) => BLOCKING.has(violation.impact));
}

/** The scans by rule: which pages break it, how often, and how badly. */
function violationsByRule() {
  const byRule: Record<string, { impact: string; help: string; pages: Record<string, number> }> = {};
  for (const { page, violations } of scans) {
    for (const violation of violations) {
      const entry = (byRule[violation.rule] ??= { impact: violation.impact, help: violation.help, pages: {} });
      entry.pages[page] = violation.nodes;
    }
  }
  return byRule;
}

async function seedCatalog(client: ShopClient, admin: string): Promise<void> {
  ({ category, product } = await seedPicturedLamp(client, admin, {
    tag,
    skuPrefix: 'A11Y',
    kind: 'Reading lamp',
    description: 'A lamp for the accessibility scan.',
    price: '24.00',
  }));
  // An order, so the console's orders list has a row to scan.
  const guest = await client.guestCart();
  await client.addItem(guest, product.id, 1);
  expect((await client.checkout(guest, randomUUID(), `a11y-${tag}@example.com`)).status).toBe(201);
}

beforeAll(async () => {
  // With the telemetry collector, so the console's observability pages have traces, metrics and logs to show.
  shop = await ShopUnderTest.start({ telemetry: true });
  await shop.seedOperators();
  await seedCatalog(new ShopClient(shop.url), await operatorToken('admin'));
  storefront = await startStorefrontInBrowser(shop.url, { OTEL_SDK_DISABLED: 'true' });
}, 240_000);

afterAll(async () => {
  if (scans.length > 0) {
    writeFileSync(
      join(ARTIFACTS, 'accessibility.json'),
      `${JSON.stringify({ byRule: violationsByRule(), byPage: scans }, null, 2)}\n`,
    );
  }
  await storefront?.stop();
  await shop?.stop();
});

describe('accessibility (axe) of the storefront and the admin console', () => {
  it('reports a critical violation when a page has one, so a clean scan means something', async () => {
    const { page } = await newDesktopPage(storefront.browser);
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><input type="text"></main></html>');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => [violation.id, violation.impact])).toContainEqual(['label', 'critical']);
    await page.context().close();
  });

  it('finds no serious or critical violations on the storefront’s pages', async () => {
    const { page } = await newDesktopPage(storefront.browser);
    const blocking: Record<string, PageScan['violations']> = {};
    const visit = async (name: string, path: string, ready: () => Promise<void>) => {
      await page.goto(`${storefront.url}${path}`);
      await ready();
      blocking[name] = await scan(page, name);
    };

    // Order history needs an owner: a visitor without one signs in first and comes back to it.
    await page.goto(`${storefront.url}/orders`);
    await page.waitForURL(/\/signin\?next=%2Forders$/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    blocking['signin'] = await scan(page, 'signin');

    await visit('home', '/', () => page.getByRole('heading', { name: 'New in' }).waitFor());
    await visit('products', `/products?category=${category.slug}`, () =>
      page.getByRole('link', { name: product.name }).waitFor(),
    );
    await visit('products-bad-filter', '/products?minPrice=abc', () =>
      page.getByRole('heading', { level: 1 }).waitFor(),
    );
    await visit('product', `/products/${product.slug}`, () =>
      page.getByRole('heading', { level: 1, name: product.name }).waitFor(),
    );
    await addToCart(page, product.name);
    blocking['product-added'] = await scan(page, 'product-added');
    await visit('cart', '/cart', () => page.getByRole('heading', { name: 'Your cart' }).waitFor());
    await visit('checkout', '/checkout', () => page.getByRole('heading', { name: 'Checkout' }).waitFor());
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('alert').getByText('Check these fields').waitFor();
    blocking['checkout-errors'] = await scan(page, 'checkout-errors');
    await placeOrder(page, `a11y-shopper-${tag}@example.com`);
    await page.getByTestId('order-status').waitFor();
    blocking['order'] = await scan(page, 'order');
    await visit('orders', '/orders', () => page.getByRole('heading', { name: 'Your orders' }).waitFor());
    await visit('signup', '/signup', () => page.getByRole('heading', { name: 'Create an account' }).waitFor());
    await visit('not-found', `/products/no-such-product-${tag}`, () =>
      page.getByRole('heading', { name: 'Page not found' }).waitFor(),
    );

    const phone = await storefront.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${storefront.url}/products/${product.slug}`);
    await phonePage.getByRole('heading', { level: 1, name: product.name }).waitFor();
    blocking['product-phone'] = await scan(phonePage, 'product-phone');
    await phone.close();

    expect(blocking).toEqual(Object.fromEntries(Object.keys(blocking).map((name) => [name, []])));
    await page.context().close();
  }, 120_000);

  it('finds no serious or critical violations on the admin console’s pages', async () => {
    const { page } = await newDesktopPage(storefront.browser);
    const blocking: Record<string, PageScan['violations']> = {};

    // The console sends a signed-out visitor to its sign-in page and, once signed in, back to the page asked for.
    await page.goto(`${storefront.url}/admin/orders`);
    await page.waitForURL(/\/admin\/signin\?next=%2Fadmin%2Forders$/);
    blocking['admin-signin'] = await scan(page, 'admin-signin');
    await submitOperatorSignIn(page, 'admin');
    await page.waitForURL(/\/admin\/orders$/);
    await page.getByRole('row', { name: new RegExp(`a11y-${tag}@example.com`) }).waitFor();
    blocking['admin-orders'] = await scan(page, 'admin-orders');
    await page
      .getByRole('link', { name: /order details/ })
      .first()
      .click();
    await page.getByRole('table', { name: 'Order lines' }).waitFor();
    blocking['admin-order'] = await scan(page, 'admin-order');

    await page.goto(`${storefront.url}/admin/orders?from=2026-06-02&to=2026-06-01&customerId=alice`);
    await page.getByText('Correct the filters marked above to list the orders.').waitFor();
    blocking['admin-orders-bad-filters'] = await scan(page, 'admin-orders-bad-filters');

    await page.goto(`${storefront.url}/admin/products?q=${tag}`);
    const row = page.getByRole('row', { name: new RegExp(product.name) });
    await row.waitFor();
    blocking['admin-products'] = await scan(page, 'admin-products');
    await row.getByRole('button', { name: `Edit name and price of ${product.name}` }).click();
    await page.getByLabel(`Name of ${product.name}`).fill('');
    await page.getByLabel(`Name of ${product.name}`).press('Enter');
    await page.getByText('Enter a name').waitFor();
    blocking['admin-products-inline-edit'] = await scan(page, 'admin-products-inline-edit');
    await page.getByLabel(`Name of ${product.name}`).press('Escape');

    await page.goto(`${storefront.url}/admin/inventory`);
    await page.getByRole('row', { name: new RegExp(product.sku) }).waitFor();
    blocking['admin-inventory'] = await scan(page, 'admin-inventory');
    await page.goto(`${storefront.url}/admin/inventory/${product.sku}`);
    await page.getByRole('heading', { name: 'Movement history' }).waitFor();
    blocking['admin-stock-item'] = await scan(page, 'admin-stock-item');

    await page.goto(`${storefront.url}/admin/products/new`);
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByLabel('SKU').and(page.locator('[aria-invalid="true"]')).waitFor();
    blocking['admin-product-form-errors'] = await scan(page, 'admin-product-form-errors');

    await page.goto(`${storefront.url}/admin/categories`);
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    blocking['admin-categories'] = await scan(page, 'admin-categories');

    // The observability pages, on the telemetry the shop sent while the catalog was seeded and the scans ran.
    // A request's trace: a sweeper's root span may carry no attributes, and the scan wants the attribute table.
    const traces = page.getByRole('table', { name: 'Traces found, newest first' });
    await reloadUntil(
      page,
      `${storefront.url}/admin/observability/traces?filter=${encodeURIComponent('http.status = 200')}`,
      () => traces.isVisible(),
      'a trace in the trace search',
      60_000,
    );
    blocking['admin-observability-traces'] = await scan(page, 'admin-observability-traces');
    await traces.getByRole('link').first().click();
    const firstSpan = page.getByRole('list', { name: 'Spans in call order' }).getByRole('button').first();
    const attributes = page.getByRole('table', { name: 'Attributes', exact: true });
    await openDisclosure(firstSpan, attributes, 'the first span’s attributes');
    blocking['admin-observability-trace'] = await scan(page, 'admin-observability-trace');
    await page.goto(`${storefront.url}/admin/observability/traces?filter=${encodeURIComponent('responsetime >')}`);
    await page.getByTestId('query-error-pointer').waitFor();
    blocking['admin-observability-traces-bad-filter'] = await scan(page, 'admin-observability-traces-bad-filter');

    const observabilityPages = [
      ['service-map', '/service-map', page.getByRole('table', { name: 'Nodes of the map' })],
      ['metrics', '/metrics', page.getByRole('table', { name: /^Requests, errors and duration of each service/ })],
      ['metrics-business', '/metrics?view=business', page.getByRole('heading', { name: 'Over time' })],
      ['logs', '/logs', page.getByRole('table', { name: 'Log lines, newest first' })],
      [
        'logs-insights',
        `/logs?tab=insights&query=${encodeURIComponent('stats count(*) as lines by service')}`,
        page.getByRole('table', { name: 'Query result' }),
      ],
      ['alarms', '/alarms', page.getByRole('table', { name: 'Alarms and their states' })],
      ['alarm-new', '/alarms/new', page.getByRole('button', { name: 'Create alarm' })],
    ] as const;
    for (const [name, path, ready] of observabilityPages) {
      await page.goto(`${storefront.url}/admin/observability${path}`);
      await ready.waitFor();
      blocking[`admin-observability-${name}`] = await scan(page, `admin-observability-${name}`);
    }

    expect(blocking).toEqual(Object.fromEntries(Object.keys(blocking).map((name) => [name, []])));
    await page.context().close();
  }, 300_000);
});
