import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { queryRows, UNREACHABLE_URL, type RunningService } from '@shop/testing';
import request from 'supertest';
import { errorCodeOf } from '@shop/testing/jest';
import { CartClient, type CartBody } from './support/cart-client';
import { CatalogProducts, type CatalogProduct } from './support/catalog-products';
import { startCart, startCartOn, startCatalog, type ServiceUnderTest } from './support/services-under-test';

// The built cart against a real MariaDB database and the real, built catalog (its own database), whose
// admin API makes the products: every price, name and SKU in a cart came over HTTP from the catalog.

const HOUR_MS = 3_600_000;

let catalog: ServiceUnderTest;
let cart: ServiceUnderTest;
let products: CatalogProducts;
let api: CartClient;

beforeAll(async () => {
  catalog = await startCatalog();
  cart = await startCart(catalog.url);
  products = new CatalogProducts(catalog.url);
  api = new CartClient(cart.url);
}, 120_000);

afterAll(async () => {
  await cart?.stop();
  await catalog?.stop();
}, 60_000);

jest.setTimeout(60_000);

function rows<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return queryRows<T>(cart.database.url, sql, values);
}

function cartOf(response: request.Response, status: number): CartBody {
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
  return response.body as CartBody;
}

async function guestWith(product: CatalogProduct, quantity: number): Promise<{ token: string; cart: CartBody }> {
  const token = await api.guest();
  return { token, cart: cartOf(await api.add({ cartToken: token }, { productId: product.id, quantity }), 201) };
}

describe('guest cart lifecycle', () => {
  it('issues an opaque 43-character token and an empty cart; only the token’s sha256 is stored', async () => {
    const response = await api.create();
    expect(response.status).toBe(201);
    const { cartToken, cart: created } = response.body as { cartToken: string; cart: CartBody };
    expect(cartToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ items: [], itemCount: 0, subtotal: null });
    expect(Date.parse(created.expiresAt) - Date.parse(created.updatedAt)).toBe(168 * HOUR_MS);

    const stored = await rows<{ guest_token_hash: string; customer_id: string | null }>(
      'SELECT guest_token_hash, customer_id FROM carts WHERE id = ?',
      [created.id],
    );
    expect(stored).toEqual([
      { guest_token_hash: createHash('sha256').update(cartToken).digest('hex'), customer_id: null },
    ]);
    expect(await api.cart({ cartToken })).toEqual(created);
  });

  it('adds, adds again, changes and removes, with names, SKUs and prices from the catalog and exact totals', async () => {
    const lamp = await products.create({ name: 'Aurora desk lamp', price: { amount: '19.99', currency: 'EUR' } });
    const clip = await products.create({ name: 'Paper clip', price: { amount: '0.10', currency: 'EUR' } });
    const token = await api.guest();
    const as = { cartToken: token };

    let body = cartOf(await api.add(as, { productId: lamp.id, quantity: 2 }), 201);
    expect(body.items).toEqual([
      {
        id: expect.any(String) as unknown,
        productId: lamp.id,
        sku: lamp.sku,
        name: 'Aurora desk lamp',
        unitPrice: { amount: '19.99', currency: 'EUR' },
        quantity: 2,
        lineTotal: { amount: '39.98', currency: 'EUR' },
      },
    ]);
    expect(body.subtotal).toEqual({ amount: '39.98', currency: 'EUR' });

    body = cartOf(await api.add(as, { productId: clip.id, quantity: 3 }), 201);
    expect(body).toMatchObject({ itemCount: 5, subtotal: { amount: '40.28', currency: 'EUR' } });

    // The same product again: more of its line, not a second line.
    body = cartOf(await api.add(as, { productId: lamp.id, quantity: 1 }), 201);
    expect(body.items.map((item) => [item.productId, item.quantity])).toEqual([
      [lamp.id, 3],
      [clip.id, 3],
    ]);
    expect(body.subtotal?.amount).toBe('60.27');

    const [lampLine, clipLine] = body.items;
    body = cartOf(await api.change(as, String(clipLine?.id), { quantity: 10 }), 200);
    expect(body.items[1]).toMatchObject({ quantity: 10, lineTotal: { amount: '1.00', currency: 'EUR' } });
    expect(body).toMatchObject({ itemCount: 13, subtotal: { amount: '60.97', currency: 'EUR' } });

    body = cartOf(await api.remove(as, String(lampLine?.id)), 200);
    expect(body.items.map((item) => item.productId)).toEqual([clip.id]);
    expect(body.subtotal).toEqual({ amount: '1.00', currency: 'EUR' });

    expect(await api.cart(as)).toEqual(body);
  });

  it('takes the catalog’s current price and name when a product is added again', async () => {
    const product = await products.create({ name: 'Old name', price: { amount: '10.00', currency: 'EUR' } });
    const { token } = await guestWith(product, 1);
    await products.update(product.id, { name: 'New name', price: { amount: '12.50', currency: 'EUR' } });

    const body = cartOf(await api.add({ cartToken: token }, { productId: product.id, quantity: 1 }), 201);
    expect(body.items).toEqual([
      expect.objectContaining({ name: 'New name', unitPrice: { amount: '12.50', currency: 'EUR' }, quantity: 2 }),
    ]);
    expect(body.subtotal?.amount).toBe('25.00');
  });

  it('extends the expiry with every change', async () => {
    const product = await products.create();
    const { token, cart: first } = await guestWith(product, 1);
    await new Promise((done) => setTimeout(done, 20));
    const changed = cartOf(await api.change({ cartToken: token }, String(first.items[0]?.id), { quantity: 2 }), 200);
    expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
    expect(Date.parse(changed.expiresAt) - Date.parse(changed.updatedAt)).toBe(168 * HOUR_MS);
  });

  it.each([
    ['draft', 'PRODUCT_NOT_FOUND'],
    ['archived', 'PRODUCT_NOT_FOUND'],
  ])('refuses a %s product with 422 (the storefront does not show it) and changes nothing', async (status, code) => {
    const product = await products.create({ status });
    const token = await api.guest();
    const before = await api.cart({ cartToken: token });
    const response = await api.add({ cartToken: token }, { productId: product.id, quantity: 1 });
    expect(response.status).toBe(422);
    expect(errorCodeOf(response)).toBe(code);
    expect(await api.cart({ cartToken: token })).toEqual(before);
  });

  it('refuses a product the catalog does not know with 422 PRODUCT_NOT_FOUND', async () => {
    const token = await api.guest();
    const response = await api.add(
      { cartToken: token },
      { productId: '00000000-0000-4000-8000-000000000000', quantity: 1 },
    );
    expect(response.status).toBe(422);
    expect(errorCodeOf(response)).toBe('PRODUCT_NOT_FOUND');
  });
});

describe('limits', () => {
  it('keeps a line at 10 units at most: adding beyond is 422 and changes nothing', async () => {
    const product = await products.create();
    const { token, cart: before } = await guestWith(product, 6);

    const response = await api.add({ cartToken: token }, { productId: product.id, quantity: 5 });
    expect(response.status).toBe(422);
    expect(errorCodeOf(response)).toBe('QUANTITY_LIMIT_EXCEEDED');
    expect(await api.cart({ cartToken: token })).toEqual(before);

    const full = cartOf(await api.add({ cartToken: token }, { productId: product.id, quantity: 4 }), 201);
    expect(full.items[0]?.quantity).toBe(10);
  });

  it('holds 50 different products; the 51st is 422 CART_LINE_LIMIT_REACHED', async () => {
    const catalogProducts = await Promise.all(Array.from({ length: 51 }, () => products.create()));
    const token = await api.guest();
    for (const product of catalogProducts.slice(0, 50)) {
      expect((await api.add({ cartToken: token }, { productId: product.id, quantity: 1 })).status).toBe(201);
    }
    const last = catalogProducts[50];
    const response = await api.add({ cartToken: token }, { productId: last?.id, quantity: 1 });
    expect(response.status).toBe(422);
    expect(errorCodeOf(response)).toBe('CART_LINE_LIMIT_REACHED');
    const body = await api.cart({ cartToken: token });
    expect(body.items).toHaveLength(50);
    expect(body.subtotal).toEqual({ amount: '500.00', currency: 'EUR' });
  });

  it('never loses an add made at the same moment as another (the cart row is locked)', async () => {
    const product = await products.create();
    const token = await api.guest();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => api.add({ cartToken: token }, { productId: product.id, quantity: 1 })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 10 }, () => 201));
    expect((await api.cart({ cartToken: token })).items).toEqual([expect.objectContaining({ quantity: 10 })]);
  });
});

describe('one currency per cart', () => {
  it('refuses a product in another currency with 422 CURRENCY_MISMATCH; an empty cart takes any', async () => {
    const euros = await products.create({ price: { amount: '5.00', currency: 'EUR' } });
    const dollars = await products.create({ price: { amount: '7.00', currency: 'USD' } });
    const { token, cart: before } = await guestWith(euros, 1);

    const response = await api.add({ cartToken: token }, { productId: dollars.id, quantity: 1 });
    expect(response.status).toBe(422);
    expect(errorCodeOf(response)).toBe('CURRENCY_MISMATCH');
    expect(await api.cart({ cartToken: token })).toEqual(before);

    const { cart: inDollars } = await guestWith(dollars, 2);
    expect(inDollars.subtotal).toEqual({ amount: '14.00', currency: 'USD' });
  });
});

describe('bad input: a 4xx in the error shape, nothing changed', () => {
  let product: CatalogProduct;
  let token: string;
  let itemId: string;
  let before: CartBody;

  beforeAll(async () => {
    product = await products.create();
    ({ token, cart: before } = await guestWith(product, 2));
    itemId = String(before.items[0]?.id);
  });

  afterEach(async () => {
    expect(await api.cart({ cartToken: token })).toEqual(before);
  });

  it.each([
    ['an unknown field', { productId: 'P', quantity: 1, colour: 'red' }],
    ['a price', { productId: 'P', quantity: 1, unitPrice: { amount: '0.01', currency: 'EUR' } }],
    ['a name and a SKU', { productId: 'P', quantity: 1, name: 'Free', sku: 'FREE' }],
    ['an owner', { productId: 'P', quantity: 1, customerId: '7d2f0c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' }],
    ['quantity 0', { productId: 'P', quantity: 0 }],
    ['quantity 11', { productId: 'P', quantity: 11 }],
    ['a fractional quantity', { productId: 'P', quantity: 1.5 }],
    ['a quantity as a string', { productId: 'P', quantity: '1' }],
    ['no quantity', { productId: 'P' }],
    ['a malformed product id', { productId: 'not-a-uuid', quantity: 1 }],
    ['a product id of the wrong type', { productId: 42, quantity: 1 }],
    ['an array', [{ productId: 'P', quantity: 1 }]],
  ])('POST /items with %s is 400', async (_case, body) => {
    const withProduct = JSON.parse(JSON.stringify(body).replaceAll('"P"', JSON.stringify(product.id))) as unknown;
    const response = await api.add({ cartToken: token }, withProduct);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['quantity 0', { quantity: 0 }],
    ['quantity 11', { quantity: 11 }],
    ['a price', { quantity: 1, unitPrice: { amount: '0.01', currency: 'EUR' } }],
    ['a product id', { quantity: 1, productId: '00000000-0000-4000-8000-000000000000' }],
    ['null', { quantity: null }],
  ])('PATCH /items/{itemId} with %s is 400', async (_case, body) => {
    const response = await api.change({ cartToken: token }, itemId, body);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
  });

  it('refuses malformed JSON (400), a body that is not JSON (415) and an oversize body (413)', async () => {
    const post = () => request(cart.url).post('/api/cart/items').set('x-cart-token', token);
    const malformed = await post().set('content-type', 'application/json').send('{"productId":');
    expect([malformed.status, errorCodeOf(malformed)]).toEqual([400, 'MALFORMED_JSON']);
    const text = await post().set('content-type', 'text/plain').send('productId=1');
    expect([text.status, errorCodeOf(text)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const huge = await post().send({ productId: product.id, quantity: 1, padding: 'x'.repeat(70_000) });
    expect([huge.status, errorCodeOf(huge)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses unknown query parameters and bodies on routes that take none', async () => {
    const query = await request(cart.url).get('/api/cart?owner=someone').set('x-cart-token', token);
    expect([query.status, errorCodeOf(query)]).toEqual([400, 'VALIDATION_FAILED']);
    const created = await request(cart.url).post('/api/cart').send({ customerId: 'someone' });
    expect([created.status, errorCodeOf(created)]).toEqual([400, 'VALIDATION_FAILED']);
    const removed = await request(cart.url)
      .delete(`/api/cart/items/${itemId}`)
      .set('x-cart-token', token)
      .send({ force: true });
    expect([removed.status, errorCodeOf(removed)]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('when the catalog cannot answer', () => {
  let hanging: Server;
  const sockets: Socket[] = [];
  let slowCart: RunningService;
  let deadCart: RunningService;

  beforeAll(async () => {
    // Accepts connections and never answers: the cart must give up after CATALOG_TIMEOUT_MS.
    hanging = createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
    await once(hanging, 'listening');
    const address = hanging.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    [slowCart, deadCart] = await Promise.all([
      startCartOn(cart.database, `http://127.0.0.1:${address.port}`, { CATALOG_TIMEOUT_MS: '500' }),
      startCartOn(cart.database, UNREACHABLE_URL),
    ]);
  }, 60_000);

  afterAll(async () => {
    await slowCart?.stop();
    await deadCart?.stop();
    for (const socket of sockets) socket.destroy();
    hanging?.close();
  });

  it.each([
    ['does not answer in time', () => slowCart],
    ['is unreachable', () => deadCart],
  ])('answers 503 CATALOG_UNAVAILABLE when the catalog %s, and changes nothing', async (_case, service) => {
    const product = await products.create();
    const { token, cart: before } = await guestWith(product, 1);
    const response = await new CartClient(service().url).add(
      { cartToken: token },
      { productId: product.id, quantity: 1 },
    );
    expect(response.status).toBe(503);
    expect(errorCodeOf(response)).toBe('CATALOG_UNAVAILABLE');
    expect(await api.cart({ cartToken: token })).toEqual(before);
  });
});

describe('OpenAPI document', () => {
  interface Operation {
    parameters?: { name: string; in: string; required?: boolean }[];
    security?: Record<string, unknown>[];
    responses: Record<string, unknown>;
  }

  it('lists every cart route with its path parameters, the X-Cart-Token header and bearer auth', async () => {
    const docs = await request(cart.url).get('/api/cart/docs-json');
    expect(docs.status).toBe(200);
    const paths = (docs.body as { paths: Record<string, Record<string, Operation>> }).paths;
    const owned: [string, string][] = [
      ['/api/cart', 'get'],
      ['/api/cart/items', 'post'],
      ['/api/cart/items/{itemId}', 'patch'],
      ['/api/cart/items/{itemId}', 'delete'],
      ['/api/cart/merge', 'post'],
    ];
    for (const [path, method] of owned) {
      const operation = paths[path]?.[method];
      expect({ path, method, security: operation?.security }).toEqual({ path, method, security: [{ bearer: [] }] });
      expect(operation?.parameters).toContainEqual(
        expect.objectContaining({ name: 'X-Cart-Token', in: 'header', required: path === '/api/cart/merge' }),
      );
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
      if (path.includes('{itemId}')) {
        expect(operation?.parameters).toContainEqual(
          expect.objectContaining({ name: 'itemId', in: 'path', required: true }),
        );
      }
    }
    expect(paths['/api/cart']?.['post']?.responses).toHaveProperty('201');
  });
});
