import { randomUUID } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Locator } from 'playwright-core';
import { ShopClient } from './support/shop-client';
import { pngImage } from '../../services/catalog/src/testing/images';
import { OPERATORS, ShopUnderTest } from './support/shop-under-test';
import { startStorefrontInBrowser, type StorefrontInBrowser } from './support/storefront-in-browser';
import { newDesktopPage, reloadUntil, screenshot } from './support/browser';
import { signInOperator, submitOperatorSignIn } from './support/admin-console';

const OPERATOR_COOKIE = 'shop_operator_token';

let shop: ShopUnderTest;
let storefront: StorefrontInBrowser;

const tag = randomUUID().slice(0, 8);
const product = {
  sku: `ADM-${tag.toUpperCase()}`,
  name: `Harbour lantern ${tag}`,
  slug: `harbour-lantern-${tag}`,
};
/** Set by the first test: the id of the product the admin created. */
let productId: string | undefined;

/** The width a picture decoded to in the browser; rejects when it cannot be decoded (a broken picture). */
function decodedWidth(image: Locator): Promise<number> {
  return image.evaluate((element: { decode(): Promise<void>; naturalWidth: number }) =>
    element.decode().then(() => element.naturalWidth),
  );
}

beforeAll(async () => {
  shop = await ShopUnderTest.start();
  await shop.seedOperators();
  storefront = await startStorefrontInBrowser(shop.url, { OTEL_SDK_DISABLED: 'true' });
}, 240_000);

afterAll(async () => {
  await storefront?.stop();
  await shop?.stop();
});

describe('the admin console in a real browser', () => {
  it('sends a visitor without an operator session to the sign-in page, decided on the server', async () => {
    for (const path of [
      '/admin',
      '/admin/products',
      '/admin/products/new',
      '/admin/inventory',
      '/admin/dead-letters',
    ]) {
      const response = await fetch(`${storefront.url}${path}`, { redirect: 'manual' });
      expect([path, response.status]).toEqual([path, 307]);
      // To the sign-in page, which comes back to the page asked for (/admin itself may go on to the products).
      const location = new URL(response.headers.get('location') ?? '', storefront.url);
      const shown = `${location.pathname}${location.search}`;
      const expected =
        path === '/admin' && shown === '/admin/products' ? shown : `/admin/signin?next=${encodeURIComponent(path)}`;
      expect([path, shown]).toEqual([path, expected]);
    }
  });

  it('lets an admin sign in, create a product, receive and adjust its stock, and the shop shows it in stock', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);

    await page.goto(`${storefront.url}/admin/products`);
    await page.waitForURL(/\/admin\/signin\?next=%2Fadmin%2Fproducts$/);
    await page.getByLabel('Password').fill('not the password');
    await page.getByLabel('Email').fill(OPERATORS.admin.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or the password is wrong.').waitFor();
    await screenshot(page, 'admin-signin-refused');

    await signInOperator(page, storefront.url, 'admin');
    // The token is the server's to keep: an httpOnly cookie of the console's paths, out of reach of scripts.
    const cookie = (await context.cookies()).find((entry) => entry.name === OPERATOR_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain(OPERATOR_COOKIE);
    expect(await page.evaluate<string>('JSON.stringify(localStorage)')).not.toContain(cookie?.value ?? 'no token');
    expect(
      await page
        .getByRole('navigation', { name: 'Admin' })
        .getByRole('link', { name: 'Products' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await screenshot(page, 'admin-products-empty');

    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('heading', { level: 1, name: 'New product' }).waitFor();
    await page.getByLabel('Price').fill('12.345');
    await page.getByRole('button', { name: 'Create product' }).click();
    const skuField = page.getByLabel('SKU');
    expect(await skuField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('product-sku');
    await page.getByText('Enter an amount like 19.99: digits, a dot and at most two decimals').waitFor();
    await screenshot(page, 'admin-product-form-errors');

    await skuField.fill(product.sku);
    await page.getByLabel('Name').fill(product.name);
    await page.getByLabel('Slug (optional)').fill(product.slug);
    await page.getByLabel('Description').fill('A lantern for long evenings. Made by the admin console test.');
    await page.getByLabel('Price').fill('18.00');
    await page.getByLabel('Status').selectOption('active');
    await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/admin\/products\/[0-9a-f-]{36}\/edit\?created=1$/);
    await page.getByText(`Created ${product.name}.`).waitFor();
    productId = /\/admin\/products\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1];
    expect(await page.getByLabel('SKU').inputValue()).toBe(product.sku);
    await page.getByLabel('Description').fill('A lantern for long evenings, now with a longer wick.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Saved ${product.name}.`).waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe(
      'A lantern for long evenings, now with a longer wick.',
    );
    await screenshot(page, 'admin-product-edit');

    // A picture: the catalog stores it in S3 and serves it back through the gateway and the /api proxy.
    const pictures = page.getByRole('region', { name: 'Pictures' });
    await page.getByLabel('Picture', { exact: true }).setInputFiles({
      name: 'lantern.png',
      mimeType: 'image/png',
      buffer: pngImage(40, 30, [200, 120, 30]),
    });
    await page.getByLabel('Alt text').fill('Harbour lantern, lit');
    await page.getByRole('button', { name: 'Upload picture' }).click();
    await page.getByText('Uploaded lantern.png.').waitFor();
    const thumbnail = pictures.getByRole('img', { name: 'Harbour lantern, lit' });
    // Lazy pictures load once near the viewport.
    await thumbnail.scrollIntoViewIfNeeded();
    expect(await decodedWidth(thumbnail)).toBe(40);
    expect(await pictures.getByRole('button', { name: 'Remove Harbour lantern, lit' }).isVisible()).toBe(true);
    await screenshot(page, 'admin-product-pictures');

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Products' }).click();
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill(tag);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(new RegExp(`q=${tag}`));
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe(tag);
    const row = page.getByRole('row', { name: new RegExp(product.name) });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByText('active').isVisible()).toBe(true);
    await screenshot(page, 'admin-products-search');

    // Inventory learns the SKU from the catalog's product.created event.
    const stockPath = `/admin/inventory/${product.sku}`;
    await reloadUntil(
      page,
      `${storefront.url}${stockPath}`,
      () => page.getByRole('heading', { name: /Receive stock/ }).isVisible(),
      `inventory to know ${product.sku}`,
    );
    await page.getByLabel('Units received').fill('12');
    await page.getByLabel('Note (optional)').fill('Delivery note 4711');
    await page.getByRole('button', { name: 'Receive' }).click();
    await page.getByText('Received 12: 12 on hand, 12 available.').waitFor();

    await page.getByLabel('Change in units').fill('-2');
    await page.getByRole('button', { name: 'Adjust' }).click();
    expect(await page.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Reason').fill('Two broken in the warehouse');
    await page.getByRole('button', { name: 'Adjust' }).click();
    await page.getByText('Adjusted by -2: 10 on hand, 10 available.').waitFor();

    await page.goto(`${storefront.url}${stockPath}`);
    const history = page.getByRole('table', { name: /Stock movements/ });
    await history.getByRole('row', { name: /receipt/ }).waitFor();
    expect(await history.getByRole('row', { name: /adjustment .*Two broken in the warehouse/ }).count()).toBe(1);
    await screenshot(page, 'admin-stock-item');

    await page.getByRole('link', { name: '← Inventory' }).click();
    await page.getByRole('row', { name: new RegExp(`${product.sku} 10 0 10 5 in-stock`) }).waitFor();
    await screenshot(page, 'admin-inventory');
    await page.getByLabel('Low stock only').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/lowStock=true/);
    await page.getByRole('heading', { name: 'Nothing is low on stock' }).waitFor();
    await page.goto(`${storefront.url}/admin/orders`);
    await page.getByRole('heading', { name: 'No orders match' }).waitFor();

    // The catalog learns the stock status from inventory's events; the shop's product page shows it.
    const shopPage = await context.newPage();
    await reloadUntil(
      shopPage,
      `${storefront.url}/products/${product.slug}`,
      () => shopPage.getByText('In stock').first().isVisible(),
      `the shop to show ${product.sku} in stock`,
    );
    await shopPage.getByRole('heading', { level: 1, name: product.name }).waitFor();
    expect(await shopPage.getByText('€18.00').first().isVisible()).toBe(true);
    const shopPicture = shopPage.getByRole('img', { name: 'Harbour lantern, lit' }).first();
    await shopPicture.scrollIntoViewIfNeeded();
    expect(await decodedWidth(shopPicture)).toBeGreaterThan(0);
    await screenshot(shopPage, 'admin-storefront-product');

    // A guest buys 3; the console shows the order, and the sale in the SKU's history.
    const client = new ShopClient(shop.url);
    const guest = await client.guestCart();
    await client.addItem(guest, productId ?? '', 3);
    const email = `guest-${tag}@example.com`;
    const placed = await client.checkout(guest, randomUUID(), email);
    expect(placed.status).toBe(201);
    expect((await client.settledOrder(guest, placed.body.id)).status).toBe('CONFIRMED');
    await page.goto(`${storefront.url}/admin/orders`);
    await page.getByLabel('Status').selectOption('CONFIRMED');
    await page.getByLabel('Customer email').fill(email);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/status=CONFIRMED/);
    const orderRow = page.getByRole('row', { name: new RegExp(email) });
    await orderRow.waitFor();
    expect(await orderRow.count()).toBe(1);
    // The days it was placed on (UTC), from and to inclusive; a range after it finds nothing.
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Placed from (UTC)').fill(today);
    await page.getByLabel('Placed to (UTC)').fill(today);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(new RegExp(`from=${today}&to=${today}`));
    await orderRow.waitFor();
    await page.getByLabel('Placed from (UTC)').fill(tomorrow);
    await page.getByLabel('Placed to (UTC)').fill(tomorrow);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('heading', { name: 'No orders match' }).waitFor();
    await page.getByLabel('Placed to (UTC)').fill(today);
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await page.getByLabel('Placed to (UTC)').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Choose a day on or after the first day').waitFor();
    await page.goto(`${storefront.url}/admin/orders?status=CONFIRMED&email=${encodeURIComponent(email)}`);
    await orderRow.waitFor();
    await screenshot(page, 'admin-orders');
    await page.getByRole('link', { name: /order details/ }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(placed.body.id) }).waitFor();
    expect(await page.getByRole('table', { name: 'Order lines' }).getByText(product.name).isVisible()).toBe(true);
    expect(await page.getByText('€54.00').first().isVisible()).toBe(true);
    await screenshot(page, 'admin-order-detail');
    await page.getByRole('link', { name: `Stock of ${product.sku}` }).click();
    await history.getByRole('row', { name: /sale/ }).waitFor();
    expect(await page.getByRole('link', { name: placed.body.id.slice(0, 8) }).count()).toBeGreaterThan(0);
    await page.getByLabel('Low at or below').fill('8');
    await page.getByRole('button', { name: 'Set level' }).click();
    await page.getByText('Low at 8: the SKU is low now.').waitFor();
    await page.goto(`${storefront.url}/admin/inventory?lowStock=true`);
    await page.getByRole('row', { name: new RegExp(`${product.sku} 7 0 7 8 low`) }).waitFor();
    await screenshot(page, 'admin-inventory-low-stock');

    // Bulk status change: the ticked product leaves the shop.
    await page.goto(`${storefront.url}/admin/products?q=${tag}`);
    await page.getByLabel(`Select ${product.name}`).check();
    await page.getByLabel('Set ticked products to').selectOption('archived');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('1 product is now archived.').waitFor();
    await page
      .getByRole('row', { name: new RegExp(product.name) })
      .getByText('archived')
      .waitFor();

    // Inline edit of the price in the table: Enter saves, the row shows what the catalog saved.
    const editedRow = page.getByRole('row', { name: new RegExp(product.name) });
    await editedRow.getByRole('button', { name: `Edit name and price of ${product.name}` }).click();
    const priceInput = page.getByLabel(`Price of ${product.name} in EUR`);
    await priceInput.fill('18,5');
    await priceInput.press('Enter');
    expect(await priceInput.getAttribute('aria-invalid')).toBe('true');
    await priceInput.fill('19.50');
    await priceInput.press('Enter');
    await page.getByText(`Saved ${product.name}.`).waitFor();
    await editedRow.getByText('€19.50').waitFor();
    expect(await page.getByLabel(`Price of ${product.name} in EUR`).count()).toBe(0);
    await screenshot(page, 'admin-products-inline-edit');

    // A message the cart cannot read goes to its dead-letter queue at once; the console shows it and redrives it.
    const sqs = new SQSClient({
      endpoint: shop.aws.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: shop.topology.queues['cart-order-events']?.url,
        MessageBody: '{"id": "unterminated',
      }),
    );
    sqs.destroy();
    await reloadUntil(
      page,
      `${storefront.url}/admin/dead-letters`,
      () => page.getByText('poison message: message body is not JSON').first().isVisible(),
      'the poison message among the cart’s dead letters',
    );
    await screenshot(page, 'admin-dead-letters');
    await page.getByRole('button', { name: 'Redrive all of cart-order-events' }).click();
    await page.getByText('1 message sent back to cart-order-events.').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/signin$/);
    expect((await context.cookies()).some((entry) => entry.name === OPERATOR_COOKIE)).toBe(false);
    await page.goto(`${storefront.url}/admin/inventory?lowStock=true`);
    await page.waitForURL(/\/admin\/signin\?next=%2Fadmin%2Finventory%3FlowStock%3Dtrue$/);
    // Signing in there comes back to the page asked for.
    await submitOperatorSignIn(page, 'admin');
    await page.waitForURL(/\/admin\/inventory\?lowStock=true$/);
    await page.getByRole('row', { name: new RegExp(product.sku) }).waitFor();
    await context.close();
  }, 180_000);

  it('shows a viewer the lists without edit controls, and answers 403 on the edit pages', async () => {
    expect(productId).toBeDefined();
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'viewer');

    expect(await page.getByRole('link', { name: 'New product' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change status' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit name and price/ }).count()).toBe(0);
    await page.getByRole('row', { name: new RegExp(product.name) }).waitFor();
    expect(await page.getByRole('link', { name: product.name }).count()).toBe(0);

    for (const path of [`/admin/products/${productId}/edit`, '/admin/products/new']) {
      const response = await page.goto(`${storefront.url}${path}`);
      expect([path, response?.status()]).toEqual([path, 403]);
      await page.getByRole('heading', { name: '403: not allowed' }).waitFor();
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await page.getByLabel('SKU').count()).toBe(0);
    }
    await screenshot(page, 'admin-viewer-forbidden');

    await page.goto(`${storefront.url}/admin/inventory/${product.sku}`);
    await page.getByRole('heading', { name: 'Movement history' }).waitFor();
    expect(await page.getByRole('button', { name: 'Receive' }).count()).toBe(0);
    expect(await page.getByLabel('Change in units').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('lets an admin build the category tree with the keyboard and by drag and drop; a viewer sees it read-only', async () => {
    const { context, page } = await newDesktopPage(storefront.browser);
    await signInOperator(page, storefront.url, 'admin');
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();

    const outdoor = { name: `Outdoor ${tag}`, slug: `outdoor-${tag}` };
    const lanterns = { name: `Lanterns ${tag}`, slug: `lanterns-${tag}` };
    const candles = { name: `Candles ${tag}`, slug: `candles-${tag}` };
    const create = page.getByRole('form', { name: 'New category' });
    for (const category of [outdoor, lanterns, candles]) {
      await create.getByLabel('Name').fill(category.name);
      await create.getByLabel('Slug (optional)').fill(category.slug);
      await create.getByRole('button', { name: 'Create category' }).click();
      await page.getByText(`Created ${category.name}.`).waitFor();
    }
    const inside = (parent: string) => page.getByRole('list', { name: `Inside ${parent}` });
    const childNames = async (parent: string) => {
      const rows = await inside(parent)
        .getByTestId(/^category-row-/)
        .all();
      return Promise.all(rows.map((row) => row.getAttribute('data-testid')));
    };

    // The keyboard way: choose the new parent, then the Move button, without the mouse.
    await page.getByLabel(`New parent of ${lanterns.name}`).selectOption({ label: outdoor.name });
    await page.getByRole('button', { name: `Move ${lanterns.name} to the chosen parent` }).press('Enter');
    await page.getByText(`${lanterns.name} moved to ${outdoor.name}.`).waitFor();
    await page.reload();
    await inside(outdoor.name).getByTestId(`category-row-${lanterns.slug}`).waitFor();

    // Drag and drop: onto the middle of a row puts the category inside it, as its last child.
    await page.getByTestId(`category-row-${candles.slug}`).dragTo(page.getByTestId(`category-row-${outdoor.slug}`));
    await page.getByText(`${candles.name} moved to ${outdoor.name}.`).waitFor();
    await page.reload();
    // The page streams its skeleton first: wait for the tree before reading it.
    await inside(outdoor.name).getByTestId(`category-row-${candles.slug}`).waitFor();
    expect(await childNames(outdoor.name)).toEqual([`category-row-${lanterns.slug}`, `category-row-${candles.slug}`]);

    // Reordering with the keyboard; a drop into its own subtree is refused in place and changes nothing.
    await page.getByRole('button', { name: `Move ${candles.name} up` }).press('Enter');
    await page.getByText(`${candles.name} moved within ${outdoor.name}.`).waitFor();
    await page.getByTestId(`category-row-${outdoor.slug}`).dragTo(page.getByTestId(`category-row-${lanterns.slug}`));
    await page.getByText('A category cannot be moved into its own subcategories.').waitFor();
    await page.reload();
    await inside(outdoor.name).getByTestId(`category-row-${lanterns.slug}`).waitFor();
    expect(await childNames(outdoor.name)).toEqual([`category-row-${candles.slug}`, `category-row-${lanterns.slug}`]);
    await screenshot(page, 'admin-categories');
    await context.close();

    const viewer = await newDesktopPage(storefront.browser);
    await signInOperator(viewer.page, storefront.url, 'viewer');
    await viewer.page.goto(`${storefront.url}/admin/categories`);
    await viewer.page
      .getByRole('list', { name: `Inside ${outdoor.name}` })
      .getByText(lanterns.name, { exact: true })
      .waitFor();
    expect(await viewer.page.getByRole('button', { name: /^Move / }).count()).toBe(0);
    expect(await viewer.page.getByRole('form', { name: 'New category' }).count()).toBe(0);
    expect(await viewer.page.getByText('Rename').count()).toBe(0);
    expect(await viewer.page.getByRole('textbox').count()).toBe(0);
    expect(await viewer.page.getByRole('combobox').count()).toBe(0);
    expect(await viewer.page.locator('[draggable="true"]').count()).toBe(0);
    await viewer.context.close();
  }, 120_000);
});
