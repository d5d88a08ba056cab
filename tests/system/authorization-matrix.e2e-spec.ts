import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { ANONYMOUS, SHIPPING_ADDRESS, ShopClient, operatorToken, type Cart } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>>;
}

interface Operation {
  method: string;
  /** As documented: `/api/cart/items/{itemId}`. */
  path: string;
  pathParameters: string[];
  hasBody: boolean;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Routes anybody may call: health, docs and the storefront's reads. */
const PUBLIC = [/\/health\//, /^POST \/api\/cart$/];
/** Fields a shopper must never set: each one in a body is a 400 and changes nothing. */
const FORBIDDEN_FIELDS = {
  price: { amount: '0.01', currency: 'EUR' },
  unitPrice: { amount: '0.01', currency: 'EUR' },
  total: { amount: '0.01', currency: 'EUR' },
  status: 'CONFIRMED',
  customerId: randomUUID(),
  ownerId: randomUUID(),
  role: 'admin',
  roles: ['admin'],
};

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;
let documents: Record<'cart' | 'order' | 'inventory' | 'catalog', Operation[]>;
let alice: { bearer: string };
let bob: { bearer: string };
/** Alice's resources, by path parameter name. */
let aliceIds: Record<string, string>;
let productId: string;

async function operationsOf(docsPath: string): Promise<Operation[]> {
  const document = await client.expect<OpenApiDocument>(200, 'GET', docsPath, ANONYMOUS);
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        pathParameters: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        hasBody: operation.requestBody !== undefined,
      })),
  );
}

const label = (operation: Operation): string => `${operation.method} ${operation.path}`;
const isAdmin = (operation: Operation): boolean => operation.path.includes('/admin/');
const isPublic = (operation: Operation): boolean => PUBLIC.some((pattern) => pattern.test(label(operation)));

function fill(operation: Operation, ids: Record<string, string>): string {
  return operation.pathParameters.reduce((path, name) => {
    const value = ids[name];
    if (value === undefined)
      throw new Error(`${label(operation)}: no value for the path parameter {${name}}; add it to the matrix`);
    return path.replace(`{${name}}`, encodeURIComponent(value));
  }, operation.path);
}

/**
 * A body (and headers) each route accepts from its owner, so that the only thing wrong with a request
 * is the field a test adds. Routes that take no body document an empty one, which refuses every field.
 */
async function validBody(operation: Operation): Promise<{ body: unknown; headers: Record<string, string> }> {
  switch (label(operation)) {
    case 'POST /api/cart/items':
      return { body: { productId, quantity: 1 }, headers: {} };
    case 'PATCH /api/cart/items/{itemId}':
      return { body: { quantity: 2 }, headers: {} };
    case 'DELETE /api/cart/items/{itemId}':
      return { body: {}, headers: {} };
    case 'POST /api/cart/merge':
      return { body: {}, headers: { 'x-cart-token': (await client.guestCart()).cartToken } };
    case 'POST /api/orders':
      return { body: { shippingAddress: SHIPPING_ADDRESS }, headers: { 'idempotency-key': randomUUID() } };
    default:
      throw new Error(`${label(operation)} takes a body: add a valid example to the matrix`);
  }
}

const shopperOperations = (): Operation[] =>
  [...documents.cart, ...documents.order].filter((operation) => !isAdmin(operation) && !isPublic(operation));

beforeAll(async () => {
  shop = await ShopUnderTest.start();
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
  documents = {
    cart: await operationsOf('/api/cart/docs-json'),
    order: await operationsOf('/api/orders/docs-json'),
    inventory: await operationsOf('/api/inventory/docs-json'),
    catalog: await operationsOf('/api/catalog/docs-json'),
  };
  const product = await client.stockedProduct(admin, 100);
  productId = product.id;
  alice = { bearer: (await client.signUp('alice')).bearer };
  bob = { bearer: (await client.signUp('bob')).bearer };
  await client.addItem(alice, productId, 1);
  const placed = await client.checkout(alice);
  const order = await client.settledOrder(alice, placed.body.id);
  // The confirmation empties the cart; wait for it before filling it again.
  await waitFor(
    async () => ((await client.expect<Cart>(200, 'GET', '/api/cart', alice)).itemCount === 0 ? true : undefined),
    30_000,
    () => 'the confirmed order’s cart to be emptied',
  );
  const cart = await client.addItem(alice, productId, 1);
  aliceIds = { orderId: order.id, itemId: cart.items[0]?.id ?? '', sku: product.sku, productId };
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

describe('the authorization matrix, generated from the OpenAPI documents', () => {
  it('finds the shopper and admin routes it must cover', () => {
    expect(shopperOperations().map(label)).toEqual(
      expect.arrayContaining([
        'GET /api/cart',
        'POST /api/cart/items',
        'PATCH /api/cart/items/{itemId}',
        'DELETE /api/cart/items/{itemId}',
        'POST /api/orders',
        'GET /api/orders',
        'GET /api/orders/{orderId}',
        'POST /api/orders/{orderId}/cancel',
      ]),
    );
    expect([...documents.order, ...documents.inventory, ...documents.catalog].filter(isAdmin).length).toBeGreaterThan(
      10,
    );
    // Every consuming service lists and redrives its own dead letters.
    expect(Object.values(documents).flat().filter(isAdmin).map(label)).toEqual(
      expect.arrayContaining(
        ['cart', 'orders', 'inventory', 'catalog'].flatMap((prefix) => [
          `GET /api/${prefix}/admin/dead-letters`,
          `POST /api/${prefix}/admin/dead-letters/redrive`,
        ]),
      ),
    );
  });

  it('answers 404 to another customer’s ids on every cart and order route', async () => {
    const withIds = shopperOperations().filter((operation) => operation.pathParameters.length > 0);
    expect(withIds.length).toBeGreaterThanOrEqual(4);
    for (const operation of withIds) {
      const { body, headers } = operation.hasBody ? await validBody(operation) : { body: undefined, headers: {} };
      const response = await client.request(operation.method, fill(operation, aliceIds), bob, body, headers);
      expect({ route: label(operation), status: response.status }).toEqual({ route: label(operation), status: 404 });
    }
    // And Alice still has what she had.
    const cart = await client.expect<Cart>(200, 'GET', '/api/cart', alice);
    expect(cart.items.map((item) => item.id)).toContain(aliceIds['itemId']);
    const order = await client.expect<{ status: string }>(200, 'GET', `/api/orders/${aliceIds['orderId']}`, alice);
    expect(order.status).toBe('CONFIRMED');
  });

  it('answers 401 without credentials on every cart and order route', async () => {
    for (const operation of shopperOperations()) {
      const { body, headers } = operation.hasBody ? await validBody(operation) : { body: undefined, headers: {} };
      const response = await client.request(operation.method, fill(operation, aliceIds), ANONYMOUS, body, headers);
      expect({ route: label(operation), status: response.status }).toEqual({ route: label(operation), status: 401 });
    }
  });

  it('answers 403 to a customer token on every admin route of every service', async () => {
    const adminOperations = Object.values(documents).flat().filter(isAdmin);
    const ids = { ...aliceIds, id: randomUUID(), idOrSlug: randomUUID(), categoryId: randomUUID(), image: '0' };
    for (const operation of adminOperations) {
      const response = await client.request(
        operation.method,
        fill(operation, ids),
        alice,
        operation.hasBody ? {} : undefined,
      );
      expect({ route: label(operation), status: response.status }).toEqual({ route: label(operation), status: 403 });
    }
  });

  it('answers 400 to bodies that try to set a price, a status, an owner or a role, and changes nothing', async () => {
    const withBodies = shopperOperations().filter((operation) => operation.hasBody);
    expect(withBodies.length).toBeGreaterThanOrEqual(3);
    const cartBefore = await client.expect<Cart>(200, 'GET', '/api/cart', alice);
    const ordersBefore = await client.expect<{ total: number }>(200, 'GET', '/api/orders', alice);
    for (const operation of withBodies) {
      for (const [field, value] of Object.entries(FORBIDDEN_FIELDS)) {
        const { body, headers } = await validBody(operation);
        const response = await client.request(
          operation.method,
          fill(operation, aliceIds),
          alice,
          { ...(body as object), [field]: value },
          headers,
        );
        expect({ route: label(operation), field, status: response.status }).toEqual({
          route: label(operation),
          field,
          status: 400,
        });
      }
    }
    expect(await client.expect<Cart>(200, 'GET', '/api/cart', alice)).toEqual(cartBefore);
    expect((await client.expect<{ total: number }>(200, 'GET', '/api/orders', alice)).total).toBe(ordersBefore.total);

    // The same bodies without the extra field are accepted: the 400s above were for the field alone.
    // The removal goes last, so that the checkout still finds something in the cart.
    const removalsLast = [...withBodies].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const operation of removalsLast) {
      const { body, headers } = await validBody(operation);
      const response = await client.request(operation.method, fill(operation, aliceIds), alice, body, headers);
      expect({ route: label(operation), ok: response.status < 300 }).toEqual({ route: label(operation), ok: true });
    }
  });
});
