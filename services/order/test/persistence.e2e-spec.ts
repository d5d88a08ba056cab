import { createTestDatabase, mariadbUrl, queryRows, type TestDatabase } from '@shop/testing';
import { runOrderScript } from './support/order-under-test';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('order_persistence');
});

afterAll(async () => {
  await database?.drop();
});

describe('order database', () => {
  it('migrates an empty database, then finds nothing more to do', async () => {
    const url = mariadbUrl(database);
    expect(await runOrderScript('migrate', url)).toMatch(/^Applied to .*CreateOrders/);
    expect(await runOrderScript('migrate', url)).toMatch(/is up to date/);
    const tables = await queryRows<{ name: string }>(
      url,
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
    );
    expect(tables.map((table) => table.name)).toEqual(['inbox_events', 'migrations', 'orders', 'outbox_events']);
  });

  it('has no drift between the entities and the migrations', async () => {
    expect(await runOrderScript('check-drift', mariadbUrl(database))).toContain('No drift');
  });
});
