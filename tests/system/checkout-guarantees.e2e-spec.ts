import { randomUUID } from 'node:crypto';
import { waitFor } from '@shop/testing';
import { ShopClient, operatorToken, type Order } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';

interface Page<T> {
  items: T[];
  total: number;
}

interface Movement {
  onHandDelta: number;
  reservedDelta: number;
}

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;

beforeAll(async () => {
  // 200 carts asking the catalog for prices on a loaded 2-core machine: the catalog's answer may take
  // longer than the cart's 2 s default, and prices are not what this suite is about.
  shop = await ShopUnderTest.start({ env: { cart: { CATALOG_TIMEOUT_MS: '15000' } } });
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

/** Every movement of a SKU, oldest first: the ledger the stock level must add up to. */
async function ledger(sku: string): Promise<Movement[]> {
  const movements: Movement[] = [];
  for (let page = 1; ; page += 1) {
    const body = await client.expect<Page<Movement>>(
      200,
      'GET',
      `/api/inventory/admin/stock/${sku}/movements?page=${page}&pageSize=100`,
      { bearer: admin },
    );
    movements.push(...body.items);
    if (movements.length >= body.total || body.items.length === 0) return movements;
  }
}

async function ordersWithStatus(status: Order['status']): Promise<number> {
  const page = await client.expect<Page<Order>>(200, 'GET', `/api/orders/admin/orders?status=${status}&pageSize=1`, {
    bearer: admin,
  });
  return page.total;
}

describe('checkout under pressure', () => {
  it('sells exactly the 50 in stock to 200 shoppers checking out at once, and never goes below zero', async () => {
    const product = await client.stockedProduct(admin, 50);
    const guests = await Promise.all(Array.from({ length: 200 }, () => client.guestCart()));
    for (let start = 0; start < guests.length; start += 20) {
      await Promise.all(guests.slice(start, start + 20).map((guest) => client.addItem(guest, product.id, 1)));
    }

    const placed = await Promise.all(
      guests.map((guest, index) => client.checkout(guest, randomUUID(), `shopper-${index}@example.com`)),
    );
    // A refused checkout shows its answer and what the services logged as errors, so a failure says why.
    const refused = placed.filter((response) => response.status !== 201);
    const errorsLogged = (['gateway', 'order', 'cart', 'inventory'] as const).flatMap((name) =>
      shop
        .part(name)
        .logs()
        .filter((line) => line['level'] === 'error' || line['level'] === 50)
        .map((line) => ({ service: name, msg: line['msg'], err: line['err'] })),
    );
    expect({ refused, errorsLogged: refused.length > 0 ? errorsLogged : [] }).toEqual({
      refused: [],
      errorsLogged: [],
    });

    const settled = await waitFor(
      async () => {
        const [confirmed, rejected] = await Promise.all([ordersWithStatus('CONFIRMED'), ordersWithStatus('REJECTED')]);
        return confirmed + rejected === 200 ? { confirmed, rejected } : undefined;
      },
      120_000,
      () => 'all 200 orders to be confirmed or rejected',
    );
    expect(settled).toEqual({ confirmed: 50, rejected: 150 });

    const stock = await waitFor(
      async () => {
        const item = await client.stock(admin, product.sku);
        return item.reserved === 0 ? item : undefined;
      },
      60_000,
      () => 'every confirmed reservation to become a sale',
    );
    expect(stock).toMatchObject({ onHand: 0, reserved: 0, available: 0, status: 'out-of-stock' });
    // The ledger lists the newest movement first; walk it from the oldest.
    const movements = (await ledger(product.sku)).reverse();
    expect(movements.reduce((sum, movement) => sum + movement.onHandDelta, 0)).toBe(stock.onHand);
    expect(movements.reduce((sum, movement) => sum + movement.reservedDelta, 0)).toBe(stock.reserved);
    // Walking the ledger, stock never went below zero and reservations never exceeded it.
    let onHand = 0;
    let reserved = 0;
    for (const movement of movements) {
      onHand += movement.onHandDelta;
      reserved += movement.reservedDelta;
      expect(reserved).toBeGreaterThanOrEqual(0);
      expect(onHand - reserved).toBeGreaterThanOrEqual(0);
    }
  }, 300_000);

  it('confirms an order whose service was killed between commit and publish, once restarted', async () => {
    const product = await client.stockedProduct(admin, 2);
    const customer = await client.signUp();
    const owner = { bearer: customer.bearer };
    await client.addItem(owner, product.id, 1);

    // The relay dies (SIGKILL) after claiming the order.placed event and before publishing it.
    await shop.restart('order', { SHOP_FAULTS: 'outbox.crash-before-publish' });
    const key = randomUUID();
    const first = await client.checkout(owner, key).catch(() => undefined);
    await waitFor(
      () => (shop.part('order').stderr().includes('fault injected') ? true : undefined),
      30_000,
      () =>
        `the order service to crash before publishing (checkout answered ${JSON.stringify(first?.body)}); stderr: ${shop.part('order').stderr()}`,
    );

    await shop.restart('order', { SHOP_FAULTS: '' });
    // The client did or did not see the 201; either way it retries with the same key, as it should.
    const retried = await client.checkout(owner, key);
    expect([200, 201]).toContain(retried.status);
    if (first?.status === 201) expect(retried.body.id).toBe(first.body.id);

    const order = await client.settledOrder(owner, retried.body.id, 60_000);
    expect(order.status).toBe('CONFIRMED');
    const history = await client.expect<Page<Order>>(200, 'GET', '/api/orders', owner);
    expect(history.total).toBe(1);
  }, 180_000);
});
