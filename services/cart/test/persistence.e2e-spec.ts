import { createTestDatabase, type TestDatabase } from '@shop/testing';
import { createConnection } from 'mysql2/promise';
import { runCartScript } from './support/services-under-test';

// Each test runs built CLIs as child processes, several seconds each.
const SCRIPTS_TIMEOUT_MS = 120_000;

describe('cart migrations and drift check (e2e)', () => {
  let database: TestDatabase;
  let databaseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('cart_persistence');
    databaseUrl = database.url.replace(/^mysql:/, 'mariadb:');
  });

  afterAll(async () => {
    await database?.drop();
  }, SCRIPTS_TIMEOUT_MS);

  it(
    'creates a missing database, applies every migration, and then has nothing left to apply',
    async () => {
      const missing = `${databaseUrl}_created`;
      try {
        expect(await runCartScript('migrate', missing)).toMatch(/^Applied to .*CreateCartTables.*InboxEvents/m);
        expect(await runCartScript('migrate', missing)).toMatch(/is up to date/);
      } finally {
        const connection = await createConnection({ uri: database.url.replace(/\/[^/]*$/, '') });
        await connection.query(`DROP DATABASE IF EXISTS \`${database.name}_created\``);
        await connection.end();
      }
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'finds no drift between the entities and the migrations, with either URL scheme',
    async () => {
      expect(await runCartScript('check-drift', databaseUrl)).toMatch(/^No drift/);
      expect(await runCartScript('check-drift', database.url)).toMatch(/^No drift/);
    },
    SCRIPTS_TIMEOUT_MS,
  );
});
