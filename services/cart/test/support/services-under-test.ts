import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TokenService } from '@shop/auth';
import { createTestDatabase, runScript, startService, type RunningService, type TestDatabase } from '@shop/testing';

/** services/cart and services/catalog, where the built services and their scripts live. */
export const CART_DIR = join(__dirname, '..', '..');
const CATALOG_DIR = join(CART_DIR, '..', 'catalog');

/** One token setting for the catalog (which checks the admin's token) and the cart (the customers'). */
export const JWT = {
  secret: 'cart-e2e-secret-that-is-at-least-32-bytes',
  issuer: 'observable-shop-e2e',
  audience: 'observable-shop-e2e-api',
  ttlSeconds: 600,
};

/** A closed local port: a service under test without an AWS endpoint can never reach a real account. */
export const UNREACHABLE_URL = 'http://127.0.0.1:9';

function baseEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
    AWS_ENDPOINT_URL: UNREACHABLE_URL,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
  };
}

/** The local server is MariaDB: say so, so that TypeORM uses its MariaDB flavour. */
function mariadbUrl(database: TestDatabase): string {
  return database.url.replace(/^mysql:/, 'mariadb:');
}

async function runOrFail(cwd: string, script: string, env: Record<string, string>): Promise<string> {
  const result = await runScript({ cwd, script, env });
  if (result.code !== 0) throw new Error(`${script} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface ServiceUnderTest {
  database: TestDatabase;
  service: RunningService;
  url: string;
  stop(): Promise<void>;
}

async function startWithDatabase(
  name: string,
  cwd: string,
  readyPath: string,
  database: TestDatabase,
  env: Record<string, string>,
): Promise<ServiceUnderTest> {
  try {
    await runOrFail(cwd, 'dist/persistence/cli/migrate.js', env);
    const service = await startService({ name, cwd, script: 'dist/main.js', env, readyPath });
    return {
      database,
      service,
      url: service.url,
      stop: async () => {
        await service.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** The built catalog on a fresh, migrated database of its own; products come through its admin API. */
export async function startCatalog(env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  const database = await createTestDatabase('cart_catalog');
  return startWithDatabase('catalog', CATALOG_DIR, '/api/catalog/health/ready', database, {
    ...baseEnv(mariadbUrl(database)),
    ...env,
  });
}

export function cartEnv(databaseUrl: string, catalogUrl: string, extra: Record<string, string> = {}) {
  return { ...baseEnv(databaseUrl), CATALOG_URL: catalogUrl, ...extra };
}

/** The built cart on a fresh, migrated database, asking the catalog at `catalogUrl`. */
export async function startCart(catalogUrl: string, env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  const database = await createTestDatabase('cart');
  return startWithDatabase(
    'cart',
    CART_DIR,
    '/api/cart/health/ready',
    database,
    cartEnv(mariadbUrl(database), catalogUrl, env),
  );
}

/** Another cart process on an existing cart database (already migrated). */
export async function startCartOn(
  database: TestDatabase,
  catalogUrl: string,
  env: Record<string, string> = {},
): Promise<RunningService> {
  return startService({
    name: 'cart',
    cwd: CART_DIR,
    script: 'dist/main.js',
    env: cartEnv(mariadbUrl(database), catalogUrl, env),
    readyPath: '/api/cart/health/ready',
  });
}

/** Runs a built CLI of the cart (migrate, check-drift) and resolves with its output, or fails. */
export function runCartScript(name: 'migrate' | 'check-drift', databaseUrl: string): Promise<string> {
  return runOrFail(CART_DIR, `dist/persistence/cli/${name}.js`, cartEnv(databaseUrl, UNREACHABLE_URL));
}

const tokens = new TokenService(JWT);

/** An access token as the sign-in issues it to a customer (subject: the customer's id). */
export async function customerToken(customerId: string = randomUUID()): Promise<string> {
  const { accessToken } = await tokens.sign({
    subject: customerId,
    roles: ['customer'],
    email: `${customerId}@example.test`,
  });
  return accessToken;
}

/** An operator's token: valid, but not a customer's. */
export async function operatorToken(role: 'admin' | 'viewer' = 'admin'): Promise<string> {
  const { accessToken } = await tokens.sign({ subject: randomUUID(), roles: [role] });
  return accessToken;
}
