import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import type { BrowserContext } from 'playwright-core';
import { ShopClient, operatorToken, type Cart } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';
import { startOtlpHttpReceiver, type OtlpHttpReceiver } from './support/otlp-http-receiver';
import { startStorefrontInBrowser, type StorefrontInBrowser } from './support/storefront-in-browser';
import { newDesktopPage, screenshot } from './support/browser';
import { addToCart, placeOrder } from './support/shopper';
import { seedPicturedLamp, type SeededLamp } from './support/pictured-lamp';

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;
let storefront: StorefrontInBrowser;
let browserSpans: OtlpHttpReceiver;
let category: SeededLamp['category'];
let product: SeededLamp['product'];
let related: { name: string };

/** A lamp in stock with its category, and a related product beside it in the same category. */
async function seedCatalog(): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  ({ category, product } = await seedPicturedLamp(client, admin, {
    tag,
    skuPrefix: 'WEB',
    kind: 'Lighthouse lamp',
    description: 'A lamp that guides you home. Made by the storefront test.',
    price: '12.50',
  }));
  related = await client.expect(
    201,
    'POST',
    '/api/catalog/admin/products',
    { bearer: admin },
    {
      sku: `${product.sku}-R`,
      name: `Harbour lantern ${tag}`,
      description: 'Shown beside the lamp.',
      price: { amount: '30.00', currency: 'EUR' },
      status: 'active',
      categoryIds: [category.id],
    },
  );
  // The product page shows the stock status.
  await client.productInStock(product.id);
}

async function cookie(context: BrowserContext, name: string) {
  return (await context.cookies()).find((entry) => entry.name === name);
}

beforeAll(async () => {
  shop = await ShopUnderTest.start();
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
  await seedCatalog();
  browserSpans = await startOtlpHttpReceiver();
  storefront = await startStorefrontInBrowser(shop.url, { OTEL_EXPORTER_OTLP_HTTP_ENDPOINT: browserSpans.endpoint });
}, 240_000);

afterAll(async () => {
  await storefront?.stop();
  await browserSpans?.stop();
  await shop?.stop();
});

describe('the storefront in a real browser', () => {
  it('lets a guest browse, search, fill a cart and check out until the order is CONFIRMED', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    const firstSpan = browserSpans.spans.length;

    await page.goto(storefront.url);
    await page.getByRole('heading', { name: 'New in' }).waitFor();
    await screenshot(page, 'home');

    await page
      .getByRole('link', { name: new RegExp(category.name) })
      .first()
      .click();
    await page.waitForURL(/category=/);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByText(category.name).waitFor();
    expect(await page.getByRole('link', { name: product.name }).count()).toBe(1);
    await screenshot(page, 'category');

    await page.getByLabel('Search products').fill(product.name.split(' ').at(-1) ?? '');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: product.name }).click();

    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    expect(await page.getByText('€12.50').first().isVisible()).toBe(true);
    expect(await page.getByText('In stock').first().isVisible()).toBe(true);
    // Pictures come through the storefront's own origin, sized, the ones below the first lazily.
    const main = page.getByRole('img', { name: 'Lighthouse lamp, view 1' });
    await waitFor(
      async () =>
        (await main.evaluate(
          (image: { complete: boolean; naturalWidth: number }) => image.complete && image.naturalWidth,
        )) || undefined,
      10_000,
      () => 'the main picture to load',
    );
    expect(await main.getAttribute('src')).toMatch(/^\/api\/catalog\/images\//);
    expect(await main.getAttribute('width')).toBe('800');
    expect(await page.getByRole('img', { name: 'Lighthouse lamp, view 2' }).getAttribute('loading')).toBe('lazy');
    expect(
      await page.getByRole('list', { name: 'Related products' }).getByRole('link', { name: related.name }).count(),
    ).toBe(1);
    await screenshot(page, 'product');
    await page.getByLabel('Quantity').selectOption('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText(`${product.name} is in your cart (2 items)`).waitFor();

    // The guest's cart token is the server's to keep: an httpOnly cookie, out of reach of scripts.
    const cartCookie = await cookie(context, 'shop_cart');
    expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('shop_cart');
    expect(await page.evaluate<string[]>('Object.keys(window.localStorage)')).toEqual([]);

    await page.getByRole('link', { name: /^Cart/ }).click();
    await page.getByRole('heading', { name: 'Your cart' }).waitFor();
    await page.getByLabel(`Quantity of ${product.name}`).selectOption('3');
    await page.getByTestId('cart-subtotal').filter({ hasText: '€37.50' }).waitFor();
    await screenshot(page, 'cart');

    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('alert').getByText('Check these fields').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'checkout-errors');

    const orderId = await placeOrder(page, 'guest@example.com');
    await page.getByTestId('order-status').filter({ hasText: 'CONFIRMED' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('order-total').textContent()).toBe('€37.50');
    await screenshot(page, 'order-confirmed');

    const stock = await client.stock(admin, product.sku);
    expect(stock.onHand + stock.reserved).toBeLessThanOrEqual(10);
    expect(stock.available).toBe(7);
    const order = await client.expect<{ email: string; status: string; customerId: string | null }>(
      200,
      'GET',
      `/api/orders/${orderId}`,
      { cartToken: cartCookie?.value ?? '' },
    );
    expect(order).toMatchObject({ email: 'guest@example.com', status: 'CONFIRMED', customerId: null });

    // The funnel, step by step, as the browser reported it.
    const step = async (name: string) =>
      (
        await browserSpans.waitForSpan(
          (span) => browserSpans.spans.indexOf(span) >= firstSpan && span.name === `funnel ${name}`,
        )
      ).attributes;
    expect(await step('product_viewed')).toMatchObject({
      'funnel.step': 'product_viewed',
      'product.id': product.id,
      'product.sku': product.sku,
      'product.price': '12.50',
      'product.currency': 'EUR',
      'url.path': `/products/${product.slug}`,
    });
    expect(await step('added_to_cart')).toMatchObject({
      'product.id': product.id,
      'cart.quantity_added': 2,
      'cart.item_count': 2,
    });
    expect(await step('checkout_started')).toMatchObject({
      'cart.item_count': 3,
      'cart.subtotal': '37.50',
      'cart.currency': 'EUR',
      'url.path': '/checkout',
    });
    expect(await step('order_placed')).toMatchObject({
      'order.id': orderId,
      'order.total': '37.50',
      'order.currency': 'EUR',
    });

    await page.getByRole('link', { name: 'All your orders' }).click();
    await page.getByRole('link', { name: `Order ${orderId.slice(0, 8)}` }).waitFor();
    await screenshot(page, 'orders');
    await context.close();
  });

  it('merges the guest’s cart into the new account at sign-up', async () => {
    const context = await storefront.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${storefront.url}/products/${product.slug}`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText(`${product.name} is in your cart (1 item)`).waitFor();

    await page.goto(`${storefront.url}/signup?next=/cart`);
    await screenshot(page, 'sign-up');
    await page.getByLabel('Name').fill('Grace Hopper');
    const email = `grace-${randomUUID().slice(0, 8)}@example.com`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(/\/cart$/);
    await page.getByText('Hi, Grace Hopper').waitFor();
    await page.getByTestId('cart-subtotal').filter({ hasText: '€12.50' }).waitFor();
    const session = await cookie(context, 'shop_session');
    expect(session).toMatchObject({ httpOnly: true });
    expect(await cookie(context, 'shop_cart')).toBeUndefined();
    const cart = await client.expect<Cart>(200, 'GET', '/api/cart', { bearer: session?.value ?? '' });
    expect(cart.items.map((item) => [item.sku, item.quantity])).toEqual([[product.sku, 1]]);

    // Signed out, the cart is gone from the page; signed in again, the account's cart is back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await cookie(context, 'shop_session')).toBeUndefined();
    await page.goto(`${storefront.url}/signin?next=/cart`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password entirely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or the password is wrong.' }).waitFor();
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/cart$/);
    await page.getByTestId('cart-subtotal').filter({ hasText: '€12.50' }).waitFor();
    await context.close();
  });

  it('fits a phone’s width and explains failures with the trace id', async () => {
    const context = await storefront.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${storefront.url}/products?category=${category.slug}`);
    await page.getByRole('link', { name: product.name }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'products-phone');

    await page.goto(`${storefront.url}/products?minPrice=50&maxPrice=10`);
    const alert = page.getByRole('alert').filter({ hasText: 'Products could not be loaded' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Trace id: [0-9a-f-]{16,}/i);
    await screenshot(page, 'error-trace-id');

    const missing = await page.goto(`${storefront.url}/products/no-such-product-${randomUUID().slice(0, 8)}`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);

    // The admin console has its own layout: the skip link's landmark, none of the storefront's header.
    await page.goto(`${storefront.url}/admin/signin`);
    await page.getByRole('heading', { name: 'Admin console' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#main');
    await context.close();
  });

  it('traces a click from the browser into the services, and reports web vitals', async () => {
    const context = await storefront.browser.newContext();
    const page = await context.newPage();
    const loaded = browserSpans.spans.length;
    await page.goto(`${storefront.url}/products/${product.slug}`);
    // The SDK starts after hydration; this page's first vital says it is running.
    const vital = await browserSpans.waitForSpan(
      (span) =>
        browserSpans.spans.indexOf(span) >= loaded &&
        span.name === 'web-vital TTFB' &&
        span.attributes['url.path'] === `/products/${product.slug}`,
    );
    expect(vital.resource['service.name']).toBe('storefront-web');
    expect(typeof vital.attributes['web_vital.value']).toBe('number');
    const load = await browserSpans.waitForSpan(
      (span) =>
        browserSpans.spans.indexOf(span) >= loaded &&
        span.name === 'page-load' &&
        span.attributes['url.path'] === `/products/${product.slug}`,
    );
    expect(load.attributes['page_load.navigation_type']).toBe('navigate');

    // A script's uncaught error and unhandled rejection arrive as failed spans with the exception.
    await page.evaluate(() => {
      setTimeout(() => {
        throw new TypeError('storefront test: uncaught');
      });
      void Promise.reject(new Error('storefront test: unhandled'));
    });
    for (const [message, source] of [
      ['storefront test: uncaught', 'error'],
      ['storefront test: unhandled', 'unhandledrejection'],
    ]) {
      const error = await browserSpans.waitForSpan(
        (span) => span.name === 'js-error' && span.attributes['exception.message'] === message,
      );
      expect(error.attributes).toMatchObject({ 'error.source': source, 'url.path': `/products/${product.slug}` });
      expect(error.events.map((event) => [event.name, event.attributes['exception.message']])).toEqual([
        ['exception', message],
      ]);
    }

    const before = browserSpans.spans.length;
    await addToCart(page, product.name);

    // The server action's fetch span is the parent of what the cart service does for it.
    const click = await browserSpans.waitForSpan(
      (span) => browserSpans.spans.indexOf(span) >= before && span.name === 'POST',
    );
    const spans = await shop.receiver.waitForSpans(
      (received) => received.some((span) => span.traceId === click.traceId && span.resource['service.name'] === 'cart'),
      30_000,
    );
    const cartSpans = spans.filter(
      (span) => span.traceId === click.traceId && span.resource['service.name'] === 'cart',
    );
    expect(cartSpans.some((span) => span.kind === 2 && span.name.includes('/api/cart/items'))).toBe(true);
    await context.close();
  });
});
