import {
  createTestDatabase,
  mariadbUrl,
  queryRows,
  waitFor,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import request from 'supertest';
import { LocalBus } from './support/local-bus';
import { address, newCustomer, newKey, orderEnv, runOrderScript, startOrderProcess } from './support/order-under-test';
import { ShopCarts } from './support/shop-carts';

// An order service killed (SIGKILL) between committing an order and publishing its event still gets the
// event out: the outbox row survived the crash, and the restarted service's relay publishes it once the
// dead relay's lease has run out (30 s). The client's retry with the same Idempotency-Key finds the order.

let bus: LocalBus;
let carts: ShopCarts;
let database: TestDatabase;
let databaseUrl: string;
let service: RunningService | undefined;

beforeAll(async () => {
  bus = await LocalBus.start(['inventory-order-events']);
  carts = await ShopCarts.start();
  database = await createTestDatabase('order_crash');
  databaseUrl = mariadbUrl(database);
  await runOrderScript('migrate', databaseUrl);
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await carts?.stop();
  await bus?.stop();
  await database?.drop();
}, 60_000);

jest.setTimeout(120_000);

describe('crash between commit and publish', () => {
  it('publishes order.placed.v1 after a restart, and the retried checkout returns the committed order', async () => {
    const env = orderEnv(databaseUrl, carts.url, bus.serviceEnv());
    const crashing = await startOrderProcess({ ...env, SHOP_FAULTS: 'outbox.crash-before-publish' });
    service = crashing;
    const customer = await newCustomer();
    await carts.fill(customer, [{}]);
    const key = newKey();
    const checkout = () =>
      request(crashing.url)
        .post('/api/orders')
        .set('authorization', customer.authorization)
        .set('idempotency-key', key)
        .send({ shippingAddress: address });

    // The relay claims the committed event and the process dies before publishing; the response may or
    // may not have left before that.
    const first = await checkout().then(
      (response) => response.status,
      () => 'connection lost',
    );
    expect([201, 'connection lost']).toContain(first);
    await waitFor(
      () => (crashing.stderr().includes('fault injected: outbox.crash-before-publish') ? true : undefined),
      10_000,
      () => 'the relay to crash',
    );
    expect(await crashing.stop()).toBe('SIGKILL');
    const [stored] = await queryRows<{ id: string }>(databaseUrl, 'SELECT id FROM orders WHERE customer_id = ?', [
      customer.id,
    ]);
    if (stored === undefined) throw new Error('the order did not commit');
    const [claimed] = await queryRows<{ attempts: number; published_at: Date | null }>(
      databaseUrl,
      "SELECT attempts, published_at FROM outbox_events WHERE destination = 'sns:order-events'",
    );
    expect(claimed).toMatchObject({ attempts: 1, published_at: null });

    const restarted = await startOrderProcess(env);
    service = restarted;
    const retry = await request(restarted.url)
      .post('/api/orders')
      .set('authorization', customer.authorization)
      .set('idempotency-key', key)
      .send({ shippingAddress: address });
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((retry.body as { id: string }).id).toBe(stored.id);

    const delivered = await bus.waitFor('inventory-order-events', 'order.placed.v1', stored.id, 90_000);
    expect(delivered.envelope.data).toMatchObject({ orderId: stored.id, customer: { customerId: customer.id } });
    // At least once, never two different events: every delivery carries the one event id.
    await waitFor(
      async () => {
        const [row] = await queryRows<{ published_at: Date | null }>(
          databaseUrl,
          "SELECT published_at FROM outbox_events WHERE destination = 'sns:order-events'",
        );
        return row?.published_at ?? undefined;
      },
      10_000,
      () => 'the outbox row marked published',
    );
    const ids = new Set(bus.about('inventory-order-events', 'order.placed.v1', stored.id).map((d) => d.envelope.id));
    expect(ids).toEqual(new Set([delivered.envelope.id]));
    expect(await queryRows(databaseUrl, 'SELECT id FROM orders WHERE customer_id = ?', [customer.id])).toHaveLength(1);
  });
});
