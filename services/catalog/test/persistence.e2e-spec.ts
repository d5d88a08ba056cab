import { createConnection } from 'mysql2/promise';
import { createTestDatabase, mariadbUrl, queryRows, runScript, serviceEnv, type TestDatabase } from '@shop/testing';
import { CATALOG_DIR, runCatalogScript } from './support/catalog-under-test';

// Each test runs built CLIs as child processes, several seconds each.
const SCRIPTS_TIMEOUT_MS = 120_000;

async function count(databaseUrl: string, sql: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(databaseUrl, sql);
  return Number(row?.n);
}

describe('catalog migrations, drift check and seed (e2e)', () => {
  let database: TestDatabase;
  let databaseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('catalog_persistence');
    databaseUrl = mariadbUrl(database);
  });

  afterAll(async () => {
    await database?.drop();
  }, SCRIPTS_TIMEOUT_MS);

  it(
    'creates a missing database, applies every migration, and then has nothing left to apply',
    async () => {
      const missing = `${databaseUrl}_created`;
      try {
        expect(await runCatalogScript('migrate', missing)).toMatch(/^Applied to .*CreateCatalogTables/m);
        expect(await runCatalogScript('migrate', missing)).toMatch(/is up to date/);
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
      expect(await runCatalogScript('check-drift', databaseUrl)).toMatch(/^No drift/);
      expect(await runCatalogScript('check-drift', database.url)).toMatch(/^No drift/);
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'seeds a shop of 600 products in 36 categories three levels deep, with the operators, idempotently',
    async () => {
      await runCatalogScript('migrate', databaseUrl);
      await runCatalogScript('seed', databaseUrl);
      const shape = async () => ({
        products: await count(databaseUrl, 'SELECT COUNT(*) AS n FROM products'),
        active: await count(databaseUrl, "SELECT COUNT(*) AS n FROM products WHERE status = 'active'"),
        withoutImages: await count(databaseUrl, 'SELECT COUNT(*) AS n FROM products WHERE JSON_LENGTH(images) = 0'),
        categories: await count(databaseUrl, 'SELECT COUNT(*) AS n FROM categories'),
        deepest: await count(databaseUrl, 'SELECT MAX(depth) AS n FROM categories'),
        links: await count(databaseUrl, 'SELECT COUNT(*) AS n FROM product_categories'),
        operators: await count(databaseUrl, 'SELECT COUNT(*) AS n FROM operator_accounts'),
      });
      const first = await shape();
      expect(first).toMatchObject({ products: 600, withoutImages: 0, categories: 36, deepest: 3, operators: 2 });
      expect(first.active).toBeGreaterThan(450);
      expect(first.active).toBeLessThan(600);

      await runCatalogScript('seed', databaseUrl);
      expect(await shape()).toEqual(first);
      expect(await runCatalogScript('seed', databaseUrl, ['--if-empty', '--products', '900'])).toMatch(/left as it is/);
      expect(await shape()).toEqual(first);
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'extends the same products in batches with --products',
    async () => {
      const before = await count(databaseUrl, "SELECT COUNT(*) AS n FROM products WHERE sku = 'SKU-000001'");
      expect(await runCatalogScript('seed', databaseUrl, ['--products', '2500'])).toMatch(/2500 products in all/);
      expect(await count(databaseUrl, 'SELECT COUNT(*) AS n FROM products')).toBe(2500);
      expect(await count(databaseUrl, "SELECT COUNT(*) AS n FROM products WHERE sku = 'SKU-000001'")).toBe(before);
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'documents its options and refuses bad ones',
    async () => {
      expect(await runCatalogScript('seed', databaseUrl, ['--help'])).toMatch(/--products N/);
      const bad = await runScript({
        cwd: CATALOG_DIR,
        script: 'dist/persistence/cli/seed.js',
        args: ['--products', 'many'],
        env: serviceEnv(databaseUrl),
      });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr.trim()).toBe('--products must be a whole number from 0 to 1000000');
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'refuses to seed operators in production without their passwords, and changes nothing',
    async () => {
      await runCatalogScript('migrate', databaseUrl);
      const connection = await createConnection({ uri: database.url });
      const countRows = async (): Promise<unknown> =>
        (
          await connection.query(
            'SELECT (SELECT COUNT(*) FROM operator_accounts) + (SELECT COUNT(*) FROM products) AS n',
          )
        )[0];
      try {
        const before = await countRows();
        const result = await runScript({
          cwd: CATALOG_DIR,
          script: 'dist/persistence/cli/seed.js',
          env: { ...serviceEnv(databaseUrl), NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) },
        });
        expect(result.code).toBe(1);
        expect(result.stderr.trim()).toMatch(/^Invalid configuration: SEED_ADMIN_PASSWORD and SEED_VIEWER_PASSWORD/);
        expect(await countRows()).toEqual(before);
      } finally {
        await connection.end();
      }
    },
    SCRIPTS_TIMEOUT_MS,
  );

  it(
    'stops a misconfigured service with one line naming the setting',
    async () => {
      const result = await runScript({
        cwd: CATALOG_DIR,
        script: 'dist/main.js',
        env: { ...serviceEnv(databaseUrl), NODE_ENV: 'production', DATABASE_URL: '', PORT: 'not-a-port' },
      });
      expect(result.code).toBe(78);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT: /)]);
    },
    SCRIPTS_TIMEOUT_MS,
  );
});
