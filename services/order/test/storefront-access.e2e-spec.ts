import { randomUUID } from 'node:crypto';
import { countRows, queryRows, tokenFor } from '@shop/testing';
import request from 'supertest';
import { errorCodeOf } from '@shop/testing/jest';
import {
  address,
  newCartToken,
  newCustomer,
  newKey,
  startOrder,
  type OrderUnderTest,
  type TestCustomer,
} from './support/order-under-test';
import { ShopCarts } from './support/shop-carts';

// Who may see and do what, and what every bad input gets, with carts from the real cart service. The
// order service publishes to a closed port here: its events wait in the outbox, which these tests read to
// see that refused requests wrote none.

interface OrderBody {
  id: string;
  status: string;
  customerId: string | null;
  email: string;
}

interface PageBody {
  items: OrderBody[];
  total: number;
  page: number;
  pageSize: number;
}

const ORDERS = '/api/orders';
const ADMIN = '/api/orders/admin/orders';

let carts: ShopCarts;
let order: OrderUnderTest;
let alice: TestCustomer;
let bob: TestCustomer;
let guestToken: string;
const aliceOrders: OrderBody[] = [];
let guestOrder: OrderBody;
let adminToken: string;
let viewerToken: string;

type Owner = { authorization: string } | { cartToken: string };

function as(owner: Owner, call: request.Test): request.Test {
  return 'authorization' in owner
    ? call.set('authorization', owner.authorization)
    : call.set('x-cart-token', owner.cartToken);
}

const api = () => request(order.service.url);

async function place(owner: Owner, body: object = { shippingAddress: address }): Promise<OrderBody> {
  const response = await as(owner, api().post(ORDERS)).set('idempotency-key', newKey()).send(body);
  if (response.status !== 201) throw new Error(`checkout: ${response.status} ${response.text}`);
  return response.body as OrderBody;
}

beforeAll(async () => {
  carts = await ShopCarts.start();
  order = await startOrder('order_access', carts.url);
  alice = await newCustomer();
  bob = await newCustomer();
  guestToken = await carts.guestToken();
  await carts.fill(alice, [{}]);
  await carts.fill(bob, [{}]);
  await carts.fill({ cartToken: guestToken }, [{}]);
  for (let index = 0; index < 3; index += 1) aliceOrders.push(await place(alice));
  await place(bob);
  guestOrder = await place({ cartToken: guestToken }, { email: 'guest@example.com', shippingAddress: address });
  adminToken = await tokenFor(['admin'], { subject: 'operator-1' });
  viewerToken = await tokenFor(['viewer'], { subject: 'operator-2' });
}, 120_000);

afterAll(async () => {
  await order?.stop();
  await carts?.stop();
}, 60_000);

describe('order history', () => {
  it("lists the owner's own orders, newest first, in pages", async () => {
    const first = await as(alice, api().get(ORDERS)).query({ pageSize: 2 });
    expect(first.status).toBe(200);
    const page = first.body as PageBody;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((item) => item.id)).toEqual([aliceOrders[2]?.id, aliceOrders[1]?.id]);

    const second = (await as(alice, api().get(ORDERS)).query({ page: 2, pageSize: 2 })).body as PageBody;
    expect(second.items.map((item) => item.id)).toEqual([aliceOrders[0]?.id]);

    const guest = (await as({ cartToken: guestToken }, api().get(ORDERS))).body as PageBody;
    expect(guest.items.map((item) => item.id)).toEqual([guestOrder.id]);
  });

  it('shows an own order, to a customer and to a guest', async () => {
    const mine = await as(alice, api().get(`${ORDERS}/${aliceOrders[0]?.id}`));
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: aliceOrders[0]?.id, customerId: alice.id });
    const guests = await as({ cartToken: guestToken }, api().get(`${ORDERS}/${guestOrder.id}`));
    expect(guests.status).toBe(200);
  });
});

describe('isolation', () => {
  it.each([
    ['another customer', () => ({ authorization: bob.authorization })],
    ['a guest', () => ({ cartToken: guestToken })],
    ['another guest', () => ({ cartToken: newCartToken() })],
  ])("answers 404 to %s asking for a customer's order, and cancelling it", async (_case, owner) => {
    const orderId = aliceOrders[0]?.id ?? '';
    const read = await as(owner(), api().get(`${ORDERS}/${orderId}`));
    expect(read.status).toBe(404);
    expect(errorCodeOf(read)).toBe('ORDER_NOT_FOUND');
    expect((await as(owner(), api().post(`${ORDERS}/${orderId}/cancel`))).status).toBe(404);
  });

  it("answers 404 to a customer asking for a guest's order, and for ids that do not exist or are not ids", async () => {
    for (const id of [guestOrder.id, randomUUID(), 'not-an-id', '1%27%20OR%201=1']) {
      const response = await as(alice, api().get(`${ORDERS}/${id}`));
      expect(response.status).toBe(404);
      expect(errorCodeOf(response)).toBe('ORDER_NOT_FOUND');
    }
  });

  it('answers 401 without credentials or with bad ones, and 403 to an operator on the storefront', async () => {
    const anonymous = await api().get(ORDERS);
    expect(anonymous.status).toBe(401);
    expect(errorCodeOf(anonymous)).toBe('OWNER_REQUIRED');
    expect(errorCodeOf(await as({ authorization: 'Bearer forged.token.here' }, api().get(ORDERS)))).toBe(
      'INVALID_ACCESS_TOKEN',
    );
    expect(errorCodeOf(await as({ cartToken: 'short' }, api().get(ORDERS)))).toBe('INVALID_CART_TOKEN');
    const operator = await as({ authorization: `Bearer ${adminToken}` }, api().get(ORDERS));
    expect(operator.status).toBe(403);
    expect(errorCodeOf(operator)).toBe('CUSTOMER_ROLE_REQUIRED');
  });

  it('answers 403 to a customer on every admin route, and 401 without a token', async () => {
    for (const path of [ADMIN, `${ADMIN}/${aliceOrders[0]?.id}`]) {
      const customer = await as(alice, api().get(path));
      expect(customer.status).toBe(403);
      errorCodeOf(customer);
      expect((await api().get(path)).status).toBe(401);
    }
  });
});

describe('admin orders', () => {
  const admin = (path: string) => api().get(path).auth(viewerToken, { type: 'bearer' });

  it('lists every order for a viewer, newest first, and filters by customer, email and status', async () => {
    const all = (await admin(ADMIN)).body as PageBody;
    expect(all.total).toBe(5);
    expect(all.items[0]?.id).toBe(guestOrder.id);

    const byCustomer = (await admin(ADMIN).query({ customerId: alice.id })).body as PageBody;
    expect(byCustomer.items.map((item) => item.id).sort()).toEqual(aliceOrders.map((item) => item.id).sort());

    const byEmail = (await admin(ADMIN).query({ email: 'guest@example.com' })).body as PageBody;
    expect(byEmail.items.map((item) => item.id)).toEqual([guestOrder.id]);

    await queryRows(order.databaseUrl, "UPDATE orders SET status = 'CONFIRMED' WHERE id = ?", [aliceOrders[1]?.id]);
    const confirmed = (await admin(ADMIN).query({ status: 'CONFIRMED' })).body as PageBody;
    expect(confirmed.items.map((item) => item.id)).toEqual([aliceOrders[1]?.id]);
  });

  it('filters by creation time: from inclusive, to exclusive', async () => {
    const rows = await queryRows<{ id: string; created_at: Date }>(
      order.databaseUrl,
      'SELECT id, created_at FROM orders ORDER BY created_at',
    );
    const second = rows[1];
    if (second === undefined) throw new Error('expected orders');
    const from = (await admin(ADMIN).query({ from: second.created_at.toISOString() })).body as PageBody;
    expect(from.total).toBe(4);
    const to = (await admin(ADMIN).query({ to: second.created_at.toISOString() })).body as PageBody;
    expect(to.items.map((item) => item.id)).toEqual([rows[0]?.id]);
  });

  it('shows any order to an admin, and 404 for one that does not exist', async () => {
    const detail = await api().get(`${ADMIN}/${guestOrder.id}`).auth(adminToken, { type: 'bearer' });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: guestOrder.id, customerId: null, email: 'guest@example.com' });
    const missing = await api().get(`${ADMIN}/${randomUUID()}`).auth(adminToken, { type: 'bearer' });
    expect(missing.status).toBe(404);
    expect(errorCodeOf(missing)).toBe('ORDER_NOT_FOUND');
  });

  it.each([
    [{ status: 'SHIPPED' }],
    [{ from: 'yesterday' }],
    [{ to: '2026-13-01T00:00:00Z' }],
    [{ customerId: 'alice' }],
    [{ email: 'not-an-email' }],
    [{ page: '0' }],
    [{ pageSize: '1000' }],
    [{ sort: 'total' }],
  ])('refuses the query %j with 400', async (query) => {
    const response = await admin(ADMIN).query(query);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
  });

  it('refuses a time range that ends before it starts', async () => {
    const response = await admin(ADMIN).query({ from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('INVALID_ORDER_QUERY');
  });
});

describe('bad input', () => {
  const checkout = (headers: Record<string, string>, body: unknown) => {
    const call = api().post(ORDERS).set('authorization', bob.authorization);
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    if (body === undefined) return call;
    return typeof body === 'string' ? call.send(body) : call.send(body as object);
  };

  async function nothingWritten(): Promise<void> {
    expect(
      await countRows(order.databaseUrl, 'SELECT COUNT(*) AS total FROM orders WHERE customer_id = ?', [bob.id]),
    ).toBe(1);
    expect(await countRows(order.databaseUrl, 'SELECT COUNT(*) AS total FROM outbox_events')).toBe(2 * 5);
  }

  it.each([
    ['no Idempotency-Key', {}, 'INVALID_IDEMPOTENCY_KEY'],
    ['an empty Idempotency-Key', { 'idempotency-key': '' }, 'INVALID_IDEMPOTENCY_KEY'],
    ['an Idempotency-Key with a space', { 'idempotency-key': 'a b' }, 'INVALID_IDEMPOTENCY_KEY'],
    ['an Idempotency-Key of 101 characters', { 'idempotency-key': 'k'.repeat(101) }, 'INVALID_IDEMPOTENCY_KEY'],
  ])('refuses a checkout with %s', async (_case, headers, code) => {
    const response = await checkout(headers, { shippingAddress: address });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe(code);
    await nothingWritten();
  });

  it.each([
    ['a price', { price: { amount: '0.01', currency: 'EUR' } }],
    ['a status', { status: 'CONFIRMED' }],
    ['an owner', { owner: 'someone' }],
    ['a customer id', { customerId: randomUUID() }],
    ['a total', { total: { amount: '0.01', currency: 'EUR' } }],
    ['lines', { lines: [{ productId: randomUUID(), quantity: 1, unitPrice: { amount: '0.01', currency: 'EUR' } }] }],
    ['a role', { role: 'admin' }],
  ])('refuses a body that tries to set %s', async (_case, extra) => {
    const response = await checkout({ 'idempotency-key': newKey() }, { shippingAddress: address, ...extra });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
    await nothingWritten();
  });

  it.each([
    ['no body', undefined],
    ['no shipping address', {}],
    ['an empty array for a body', []],
    ['an array of checkouts for a body', [{ shippingAddress: address }]],
    ['an address without a name', { shippingAddress: { ...address, fullName: '' } }],
    ['an address without a city', { shippingAddress: { ...address, city: undefined } }],
    ['a lower-case country', { shippingAddress: { ...address, country: 'gb' } }],
    ['a country that does not exist', { shippingAddress: { ...address, country: 'XX' } }],
    ['a postal code with symbols', { shippingAddress: { ...address, postalCode: '<script>' } }],
    ['a phone with letters', { shippingAddress: { ...address, phone: 'call me' } }],
    ['an unknown address field', { shippingAddress: { ...address, floor: 3 } }],
    ['an address that is a string', { shippingAddress: 'London' }],
    ['a bad email', { email: 'nobody', shippingAddress: address }],
    ['a number for a name', { shippingAddress: { ...address, fullName: 42 } }],
  ])('refuses %s', async (_case, body) => {
    const response = await checkout({ 'idempotency-key': newKey() }, body);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
    await nothingWritten();
  });

  it('refuses malformed JSON (400), another media type (415) and an oversize body (413)', async () => {
    const malformed = await checkout(
      { 'idempotency-key': newKey(), 'content-type': 'application/json' },
      '{"shippingAddress":',
    );
    expect(malformed.status).toBe(400);
    expect(errorCodeOf(malformed)).toBe('MALFORMED_JSON');
    const text = await checkout({ 'idempotency-key': newKey(), 'content-type': 'text/plain' }, 'hello');
    expect(text.status).toBe(415);
    errorCodeOf(text);
    const huge = await checkout(
      { 'idempotency-key': newKey() },
      { shippingAddress: { ...address, line2: 'x'.repeat(100_000) } },
    );
    expect(huge.status).toBe(413);
    errorCodeOf(huge);
    await nothingWritten();
  });

  it('refuses query parameters where a route takes none', async () => {
    const response = await as(alice, api().get(`${ORDERS}/${aliceOrders[0]?.id}`)).query({ expand: 'all' });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
  });
});

describe('OpenAPI document', () => {
  it('documents every route, its path parameters, the bearer token, the cart token and the Idempotency-Key', async () => {
    expect((await api().get('/api/orders/docs')).status).toBe(200);
    const response = await api().get('/api/orders/docs-json');
    expect(response.status).toBe(200);
    type Operation = { parameters?: { name: string; in: string; required?: boolean }[]; security?: unknown[] };
    const paths = (response.body as { paths: Record<string, Record<string, Operation>> }).paths;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    const routes = operations.filter(({ path }) => !/\/(health|admin\/log-level)/.test(path));
    expect(routes.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'get /api/orders',
      'get /api/orders/admin/dead-letters',
      'get /api/orders/admin/orders',
      'get /api/orders/admin/orders/{orderId}',
      'get /api/orders/{orderId}',
      'post /api/orders',
      'post /api/orders/admin/dead-letters/redrive',
      'post /api/orders/{orderId}/cancel',
    ]);
    for (const { path, operation } of routes) {
      expect(operation.security).toEqual([{ bearer: [] }]);
      if (path.includes('{orderId}')) {
        expect(operation.parameters).toContainEqual(
          expect.objectContaining({ name: 'orderId', in: 'path', required: true }),
        );
      }
      if (!path.includes('/admin/')) {
        expect(operation.parameters).toContainEqual(expect.objectContaining({ name: 'X-Cart-Token', in: 'header' }));
      }
    }
    expect(paths['/api/orders']?.['post']?.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
  });
});
