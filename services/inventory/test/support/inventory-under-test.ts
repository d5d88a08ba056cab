import { join } from 'node:path';
import { createTestDatabase, runScript, startService, type RunningService, type TestDatabase } from '@shop/testing';
import { SignJWT } from 'jose';

/** services/inventory, where the built service and its scripts live. */
export const INVENTORY_DIR = join(__dirname, '..', '..');

export const JWT = {
  secret: 'e2e-secret-that-is-at-least-32-bytes-long',
  issuer: 'observable-shop-e2e',
  audience: 'observable-shop-e2e-api',
};

/**
 * Where inventory publishes and consumes when its test brings no AWS endpoint: a closed local port, so
 * events wait in the outbox and nothing can ever reach a real AWS account.
 */
const UNREACHABLE_AWS_ENDPOINT = 'http://127.0.0.1:9';

/** Settings every inventory process of a test run gets. */
export function inventoryEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
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

/** Runs a built CLI of inventory (migrate, seed, check-drift) and fails with its output if it fails. */
export async function runInventoryScript(
  name: 'migrate' | 'seed' | 'check-drift',
  databaseUrl: string,
  args: string[] = [],
): Promise<string> {
  const result = await runScript({
    cwd: INVENTORY_DIR,
    script: `dist/persistence/cli/${name}.js`,
    args,
    env: inventoryEnv(databaseUrl),
  });
  if (result.code !== 0) throw new Error(`${name} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface InventoryUnderTest {
  database: TestDatabase;
  databaseUrl: string;
  service: RunningService;
  stop(): Promise<void>;
}

/** A fresh database, migrated and seeded, and the built inventory serving it. */
export async function startInventory(prefix: string, env: Record<string, string> = {}): Promise<InventoryUnderTest> {
  const database = await createTestDatabase(prefix);
  const databaseUrl = mariadbUrl(database);
  try {
    await runInventoryScript('migrate', databaseUrl);
    await runInventoryScript('seed', databaseUrl);
    const service = await startService({
      name: 'inventory',
      cwd: INVENTORY_DIR,
      script: 'dist/main.js',
      env: inventoryEnv(databaseUrl, env),
      readyPath: '/api/inventory/health/ready',
    });
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
export async function tokenFor(roles: string[], subject = 'e2e-operator'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(JWT.issuer)
    .setAudience(JWT.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .setJti(`e2e-${Math.random().toString(36).slice(2)}`)
    .sign(new TextEncoder().encode(JWT.secret));
}
