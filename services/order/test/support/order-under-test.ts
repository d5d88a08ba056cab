import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TokenService, type Role } from '@shop/auth';
import { createTestDatabase, runScript, startService, type RunningService, type TestDatabase } from '@shop/testing';

/** services/order, where the built service and its scripts live. */
export const ORDER_DIR = join(__dirname, '..', '..');

export const JWT = {
  secret: 'e2e-secret-that-is-at-least-32-bytes-long',
  issuer: 'observable-shop-e2e',
  audience: 'observable-shop-e2e-api',
  ttlSeconds: 600,
};

const tokens = new TokenService(JWT);

/**
 * Where an order service under test publishes when its test brings no AWS endpoint: a closed local port,
 * so the events wait in the outbox and nothing can ever reach a real AWS account.
 */
const UNREACHABLE_AWS_ENDPOINT = 'http://127.0.0.1:9';

/** Settings every order process of a test run gets. */
export function orderEnv(
  databaseUrl: string,
  cartUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    CART_URL: cartUrl,
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
    AWS_ENDPOINT_URL: UNREACHABLE_AWS_ENDPOINT,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    ...extra,
  };
}

/** The local server is MariaDB: say so, so that TypeORM uses its MariaDB flavour. */
export function mariadbUrl(database: TestDatabase): string {
  return database.url.replace(/^mysql:/, 'mariadb:');
}

/** Runs a built CLI of the order service and fails with its output if it fails. */
export async function runOrderScript(name: 'migrate' | 'check-drift', databaseUrl: string): Promise<string> {
  const result = await runScript({
    cwd: ORDER_DIR,
    script: `dist/persistence/cli/${name}.js`,
    env: orderEnv(databaseUrl, 'http://127.0.0.1:9'),
  });
  if (result.code !== 0) throw new Error(`${name} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Starts the built order service on a free port against an existing, migrated database. */
export function startOrderProcess(env: Record<string, string>): Promise<RunningService> {
  return startService({
    name: 'order',
    cwd: ORDER_DIR,
    script: 'dist/main.js',
    env,
    readyPath: '/api/orders/health/ready',
  });
}

export interface OrderUnderTest {
  database: TestDatabase;
  databaseUrl: string;
  service: RunningService;
  stop(): Promise<void>;
}

/** A fresh database, migrated, and the built order service serving it. */
export async function startOrder(
  prefix: string,
  cartUrl: string,
  env: Record<string, string> = {},
): Promise<OrderUnderTest> {
  const database = await createTestDatabase(prefix);
  const databaseUrl = mariadbUrl(database);
  try {
    await runOrderScript('migrate', databaseUrl);
    const service = await startOrderProcess(orderEnv(databaseUrl, cartUrl, env));
    return {
      database,
      databaseUrl,
      service,
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

/** A signed access token as the sign-in would issue it. */
export async function tokenFor(subject: string, roles: Role[], email?: string): Promise<string> {
  const { accessToken } = await tokens.sign({ subject, roles, ...(email === undefined ? {} : { email }) });
  return accessToken;
}

/** A signed-in customer: account id, email and `Authorization` header value. */
export interface TestCustomer {
  id: string;
  email: string;
  authorization: string;
}

export async function newCustomer(): Promise<TestCustomer> {
  const id = randomUUID();
  const email = `customer-${id.slice(0, 8)}@example.com`;
  return { id, email, authorization: `Bearer ${await tokenFor(id, ['customer'], email)}` };
}

/** A cart token as the cart service issues them: 32 random bytes, base64url. */
export function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

export const address = {
  fullName: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

let sequence = 0;

/** A fresh Idempotency-Key per call. */
export function newKey(): string {
  sequence += 1;
  return `e2e-${Date.now().toString(36)}-${sequence}`;
}
