import { randomUUID } from 'node:crypto';
import { TokenService } from '@shop/auth';
import { queryRows, TEST_JWT, tokenFor } from '@shop/testing';
import type { Response } from 'supertest';
import { errorCodeOf } from '@shop/testing/jest';
import { CartClient, type As, type CartBody } from './support/cart-client';
import { CatalogProducts, type CatalogProduct } from './support/catalog-products';
import {
  customerToken,
  operatorToken,
  startCart,
  startCatalog,
  type ServiceUnderTest,
} from './support/services-under-test';

// Whose cart a request reaches: customers by their bearer token, guests by their cart token; merging at
// sign-in; and carts that expire. The built cart and the built catalog, each on a real MariaDB database.

let catalog: ServiceUnderTest;
let cart: ServiceUnderTest;
let products: CatalogProducts;
let api: CartClient;

beforeAll(async () => {
  catalog = await startCatalog();
  // The sweeper runs every second here, so the test sees it delete expired carts.
  cart = await startCart(catalog.url, { CART_SWEEP_INTERVAL_SECONDS: '1' });
  products = new CatalogProducts(catalog.url);
  api = new CartClient(cart.url);
}, 120_000);

afterAll(async () => {
  await cart?.stop();
  await catalog?.stop();
}, 60_000);

jest.setTimeout(60_000);

function sql<T>(statement: string, values: unknown[] = []): Promise<T[]> {
  return queryRows<T>(cart.database.url, statement, values);
}

function expectCart(response: Response, status: number): CartBody {
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
  return response.body as CartBody;
}

async function withItems(as: As, ...lines: [CatalogProduct, number][]): Promise<CartBody> {
  let body: CartBody | undefined;
  for (const [product, quantity] of lines) {
    body = expectCart(await api.add(as, { productId: product.id, quantity }), 201);
  }
  if (body === undefined) throw new Error('no lines given');
  return body;
}

const quantities = (body: CartBody) => Object.fromEntries(body.items.map((item) => [item.productId, item.quantity]));

describe('customer cart', () => {
  it('is made on first use, empty, and is the same cart afterwards', async () => {
    const customerId = randomUUID();
    const bearer = await customerToken(customerId);

    const first = await api.cart({ bearer });
    expect(first).toMatchObject({ items: [], itemCount: 0, subtotal: null });
    expect(await api.cart({ bearer })).toEqual(first);
    expect(await sql('SELECT customer_id, guest_token_hash FROM carts WHERE id = ?', [first.id])).toEqual([
      { customer_id: customerId, guest_token_hash: null },
    ]);
  });

  it('makes one cart when a new customer’s first requests arrive together', async () => {
    const customerId = randomUUID();
    const bearer = await customerToken(customerId);
    const product = await products.create();
    const responses = await Promise.all([
      ...Array.from({ length: 4 }, () => api.get({ bearer })),
      ...Array.from({ length: 4 }, () => api.add({ bearer }, { productId: product.id, quantity: 1 })),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201, 201, 201, 201]);
    expect(await sql('SELECT id FROM carts WHERE customer_id = ?', [customerId])).toHaveLength(1);
    expect((await api.cart({ bearer })).items).toEqual([expect.objectContaining({ quantity: 4 })]);
  });

  it('is reached by the bearer token when an X-Cart-Token comes too; the guest cart stays as it was', async () => {
    const product = await products.create();
    const bearer = await customerToken();
    const cartToken = await api.guest();
    const guestBefore = await api.cart({ cartToken });

    const body = expectCart(await api.add({ bearer, cartToken }, { productId: product.id, quantity: 2 }), 201);
    expect(body.id).not.toBe(guestBefore.id);
    expect(await api.cart({ bearer })).toEqual(body);
    expect(await api.cart({ cartToken })).toEqual(guestBefore);
  });
});

describe('isolation', () => {
  let product: CatalogProduct;
  let guestToken: string;
  let guestItem: string;
  let customerBearer: string;
  let customerItem: string;

  beforeAll(async () => {
    product = await products.create();
    guestToken = await api.guest();
    guestItem = String((await withItems({ cartToken: guestToken }, [product, 1])).items[0]?.id);
    customerBearer = await customerToken();
    customerItem = String((await withItems({ bearer: customerBearer }, [product, 1])).items[0]?.id);
  });

  async function unchanged(): Promise<void> {
    expect((await api.cart({ cartToken: guestToken })).items).toEqual([
      expect.objectContaining({ id: guestItem, quantity: 1 }),
    ]);
    expect((await api.cart({ bearer: customerBearer })).items).toEqual([
      expect.objectContaining({ id: customerItem, quantity: 1 }),
    ]);
  }

  it.each([
    ['another guest, the guest’s item', async () => ({ cartToken: await api.guest() }), () => guestItem],
    ['another customer, the customer’s item', async () => ({ bearer: await customerToken() }), () => customerItem],
    ['the customer, the guest’s item', () => Promise.resolve({ bearer: customerBearer }), () => guestItem],
    ['the guest, the customer’s item', () => Promise.resolve({ cartToken: guestToken }), () => customerItem],
    ['the guest, an id nobody has', () => Promise.resolve({ cartToken: guestToken }), () => randomUUID()],
    ['the customer, a malformed id', () => Promise.resolve({ bearer: customerBearer }), () => 'not-an-id'],
    ['a customer without a cart, the guest’s item', async () => ({ bearer: await customerToken() }), () => guestItem],
  ])('answers 404 CART_ITEM_NOT_FOUND to %s, and changes nothing', async (_case, who, id) => {
    const as = await who();
    for (const response of [await api.change(as, id(), { quantity: 5 }), await api.remove(as, id())]) {
      expect(response.status).toBe(404);
      expect(errorCodeOf(response)).toBe('CART_ITEM_NOT_FOUND');
    }
    await unchanged();
  });

  it('opens no cart for a customer whose request on an item is refused', async () => {
    const customerId = randomUUID();
    const response = await api.change({ bearer: await customerToken(customerId) }, guestItem, { quantity: 2 });
    expect(response.status).toBe(404);
    expect(await sql('SELECT id FROM carts WHERE customer_id = ?', [customerId])).toEqual([]);
  });

  const everyRoute: [string, (as: As) => Promise<Response>][] = [
    ['GET /api/cart', (as) => api.get(as)],
    ['POST /api/cart/items', (as) => api.add(as, { productId: product.id, quantity: 1 })],
    ['PATCH /api/cart/items/{itemId}', (as) => api.change(as, guestItem, { quantity: 2 })],
    ['DELETE /api/cart/items/{itemId}', (as) => api.remove(as, guestItem)],
    ['POST /api/cart/merge', (as) => api.merge(as)],
  ];

  it.each(everyRoute)('%s without credentials is 401', async (_route, send) => {
    const response = await send({});
    expect(response.status).toBe(401);
    expect(errorCodeOf(response)).toMatch(/^(OWNER_REQUIRED|CUSTOMER_TOKEN_REQUIRED)$/);
    await unchanged();
  });

  it.each(everyRoute)('%s with an operator token is 403, even beside a valid cart token', async (_route, send) => {
    for (const role of ['admin', 'viewer'] as const) {
      const response = await send({ bearer: await operatorToken(role), cartToken: guestToken });
      expect(response.status).toBe(403);
      expect(errorCodeOf(response)).toBe('CUSTOMER_ROLE_REQUIRED');
    }
    await unchanged();
  });

  it.each(everyRoute)('%s with a forged, expired, tampered or malformed bearer token is 401', async (_route, send) => {
    const forged = await new TokenService({ ...TEST_JWT, secret: 'another-secret-that-is-32-bytes-or-more' }).sign({
      subject: randomUUID(),
      roles: ['customer'],
    });
    const expired = await tokenFor(['customer'], {
      subject: randomUUID(),
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    });
    const valid = await customerToken();
    const tampered = `${valid.slice(0, -4)}AAAA`;
    const notAUuid = await new TokenService(TEST_JWT).sign({ subject: 'customer-7', roles: ['customer'] });
    for (const bearer of [forged.accessToken, expired, tampered, 'not.a.jwt', notAUuid.accessToken]) {
      const response = await send({ bearer, cartToken: guestToken });
      expect(response.status).toBe(401);
      expect(errorCodeOf(response)).toBe('INVALID_ACCESS_TOKEN');
    }
    await unchanged();
  });

  it('refuses a malformed X-Cart-Token with 401 and an unknown one with 404 CART_NOT_FOUND', async () => {
    for (const cartToken of ['short', `${guestToken}x`, guestToken.replace(/.$/, '!')]) {
      const response = await api.get({ cartToken });
      expect([response.status, errorCodeOf(response)]).toEqual([401, 'INVALID_CART_TOKEN']);
    }
    const unknown = await api.add({ cartToken: 'A'.repeat(43) }, { productId: product.id, quantity: 1 });
    expect([unknown.status, errorCodeOf(unknown)]).toEqual([404, 'CART_NOT_FOUND']);
    await unchanged();
  });
});

describe('merge at sign-in', () => {
  it('sums the guest’s lines into the customer’s cart (capped at 10), deletes the guest cart, in one go', async () => {
    const [shared, guestOnly, customerOnly] = await Promise.all([
      products.create({ price: { amount: '2.50', currency: 'EUR' } }),
      products.create({ price: { amount: '1.00', currency: 'EUR' } }),
      products.create({ price: { amount: '4.00', currency: 'EUR' } }),
    ]);
    const cartToken = await api.guest();
    const guest = await withItems({ cartToken }, [shared, 6], [guestOnly, 1]);
    const bearer = await customerToken();
    const before = await withItems({ bearer }, [shared, 7], [customerOnly, 1]);

    const merged = expectCart(await api.merge({ bearer, cartToken }), 200);
    expect(merged.id).toBe(before.id);
    expect(quantities(merged)).toEqual({ [shared.id]: 10, [guestOnly.id]: 1, [customerOnly.id]: 1 });
    expect(merged.subtotal).toEqual({ amount: '30.00', currency: 'EUR' });
    expect(await api.cart({ bearer })).toEqual(merged);

    const gone = await api.get({ cartToken });
    expect([gone.status, errorCodeOf(gone)]).toEqual([404, 'CART_NOT_FOUND']);
    expect(await sql('SELECT id FROM carts WHERE id = ?', [guest.id])).toEqual([]);
    expect(await sql('SELECT id FROM cart_items WHERE cart_id = ?', [guest.id])).toEqual([]);
  });

  it('gives a customer without a cart one with the guest’s lines', async () => {
    const product = await products.create();
    const cartToken = await api.guest();
    await withItems({ cartToken }, [product, 3]);
    const bearer = await customerToken();

    const merged = expectCart(await api.merge({ bearer, cartToken }), 200);
    expect(quantities(merged)).toEqual({ [product.id]: 3 });
    expect(await api.cart({ bearer })).toEqual(merged);
  });

  it('needs both tokens, a customer’s and a live guest cart’s; a refused merge changes nothing', async () => {
    const product = await products.create();
    const cartToken = await api.guest();
    const guest = await withItems({ cartToken }, [product, 1]);
    const bearer = await customerToken();
    const customer = await api.cart({ bearer });

    const noCartToken = await api.merge({ bearer });
    expect([noCartToken.status, errorCodeOf(noCartToken)]).toEqual([400, 'CART_TOKEN_REQUIRED']);
    const noBearer = await api.merge({ cartToken });
    expect([noBearer.status, errorCodeOf(noBearer)]).toEqual([401, 'CUSTOMER_TOKEN_REQUIRED']);
    const operator = await api.merge({ bearer: await operatorToken(), cartToken });
    expect([operator.status, errorCodeOf(operator)]).toEqual([403, 'CUSTOMER_ROLE_REQUIRED']);
    const unknown = await api.merge({ bearer, cartToken: 'B'.repeat(43) });
    expect([unknown.status, errorCodeOf(unknown)]).toEqual([404, 'CART_NOT_FOUND']);

    expect(await api.cart({ cartToken })).toEqual(guest);
    expect(await api.cart({ bearer })).toEqual(customer);
  });
});

describe('expiry', () => {
  const expire = (cartId: string) =>
    sql('UPDATE carts SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [cartId]);

  async function purged(cartId: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    while ((await sql('SELECT id FROM carts WHERE id = ?', [cartId])).length > 0) {
      if (Date.now() > deadline) throw new Error(`cart ${cartId} was not purged`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  it('treats an expired guest cart as absent, and the sweeper deletes it with its lines', async () => {
    const product = await products.create();
    const cartToken = await api.guest();
    const body = await withItems({ cartToken }, [product, 2]);
    await expire(body.id);

    for (const response of [
      await api.get({ cartToken }),
      await api.add({ cartToken }, { productId: product.id, quantity: 1 }),
      await api.change({ cartToken }, String(body.items[0]?.id), { quantity: 3 }),
    ]) {
      expect([response.status, errorCodeOf(response)]).toEqual([404, 'CART_NOT_FOUND']);
    }
    await purged(body.id);
    expect(await sql('SELECT id FROM cart_items WHERE cart_id = ?', [body.id])).toEqual([]);
  });

  it('gives a customer whose cart expired a new, empty one', async () => {
    const product = await products.create();
    const bearer = await customerToken();
    const old = await withItems({ bearer }, [product, 1]);
    await expire(old.id);

    const fresh = await api.cart({ bearer });
    expect(fresh.id).not.toBe(old.id);
    expect(fresh).toMatchObject({ items: [], subtotal: null });
  });

  it('cannot merge an expired guest cart', async () => {
    const product = await products.create();
    const cartToken = await api.guest();
    const guest = await withItems({ cartToken }, [product, 1]);
    await expire(guest.id);
    const response = await api.merge({ bearer: await customerToken(), cartToken });
    expect([response.status, errorCodeOf(response)]).toEqual([404, 'CART_NOT_FOUND']);
  });

  it('keeps live carts', async () => {
    const cartToken = await api.guest();
    const live = await api.cart({ cartToken });
    await new Promise((done) => setTimeout(done, 2_500));
    expect(await api.cart({ cartToken })).toEqual(live);
  });
});
