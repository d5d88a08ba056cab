import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  mariadbUrl,
  runServiceScript,
  serviceEnv,
  startService,
  startServiceOnFreshDatabase,
  tokenFor,
  UNREACHABLE_URL,
  type RunningService,
  type ServiceOnFreshDatabase,
  type TestDatabase,
} from '@shop/testing';

/** services/cart and services/catalog, where the built services and their scripts live. */
const CART_DIR = join(__dirname, '..', '..');
const CATALOG_DIR = join(CART_DIR, '..', 'catalog');
const CART_READY_PATH = '/api/cart/health/ready';

export type ServiceUnderTest = ServiceOnFreshDatabase;

/** The built catalog on a fresh, migrated database of its own; products come through its admin API. */
export function startCatalog(env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  return startServiceOnFreshDatabase({
    name: 'catalog',
    dir: CATALOG_DIR,
    readyPath: '/api/catalog/health/ready',
    databasePrefix: 'cart_catalog',
    env,
  });
}

function cartEnv(databaseUrl: string, catalogUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return serviceEnv(databaseUrl, { CATALOG_URL: catalogUrl, ...extra });
}

/** The built cart on a fresh, migrated database, asking the catalog at `catalogUrl`. */
export function startCart(catalogUrl: string, env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  return startServiceOnFreshDatabase({
    name: 'cart',
    dir: CART_DIR,
    readyPath: CART_READY_PATH,
    env: { CATALOG_URL: catalogUrl, ...env },
  });
}

/** Another cart process on an existing cart database (already migrated). */
export function startCartOn(
  database: TestDatabase,
  catalogUrl: string,
  env: Record<string, string> = {},
): Promise<RunningService> {
  return startService({
    name: 'cart',
    cwd: CART_DIR,
    script: 'dist/main.js',
    env: cartEnv(mariadbUrl(database), catalogUrl, env),
    readyPath: CART_READY_PATH,
  });
}

/** Runs a built CLI of the cart (migrate, check-drift) and resolves with its output, or fails. */
export function runCartScript(name: 'migrate' | 'check-drift', databaseUrl: string): Promise<string> {
  return runServiceScript(CART_DIR, name, cartEnv(databaseUrl, UNREACHABLE_URL));
}

/** An access token as the sign-in issues it to a customer (subject: the customer's id). */
export function customerToken(customerId: string = randomUUID()): Promise<string> {
  return tokenFor(['customer'], { subject: customerId, email: `${customerId}@example.test` });
}

/** An operator's token: valid, but not a customer's. */
export function operatorToken(role: 'admin' | 'viewer' = 'admin'): Promise<string> {
  return tokenFor([role], { subject: randomUUID() });
}
