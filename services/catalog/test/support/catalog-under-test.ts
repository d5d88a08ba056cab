import { join } from 'node:path';
import { createTestDatabase, runScript, startService, type RunningService, type TestDatabase } from '@shop/testing';
import { SignJWT } from 'jose';

/** services/catalog, where the built service and its scripts live. */
export const CATALOG_DIR = join(__dirname, '..', '..');

export const JWT = {
  secret: 'e2e-secret-that-is-at-least-32-bytes-long',
  issuer: 'observable-shop-e2e',
  audience: 'observable-shop-e2e-api',
};

/**
 * Where a catalog under test publishes when its test brings no AWS endpoint: a closed local port, so the
 * events wait in the outbox (retried with backoff) and nothing can ever reach a real AWS account.
 */
const UNREACHABLE_AWS_ENDPOINT = 'http://127.0.0.1:9';

/** Settings every catalog process of a test run gets. */
export function catalogEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
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

/** Runs a built CLI of the catalog (migrate, seed, check-drift) and fails with its output if it fails. */
export async function runCatalogScript(
  name: 'migrate' | 'seed' | 'check-drift',
  databaseUrl: string,
  args: string[] = [],
): Promise<string> {
  const result = await runScript({
    cwd: CATALOG_DIR,
    script: `dist/persistence/cli/${name}.js`,
    args,
    env: catalogEnv(databaseUrl),
  });
  if (result.code !== 0) throw new Error(`${name} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface CatalogUnderTest {
  database: TestDatabase;
  databaseUrl: string;
  service: RunningService;
  stop(): Promise<void>;
}

/** A fresh database, migrated (and seeded if asked), and the built catalog serving it. */
export async function startCatalog(
  prefix: string,
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<CatalogUnderTest> {
  const database = await createTestDatabase(prefix);
  const databaseUrl = mariadbUrl(database);
  try {
    await runCatalogScript('migrate', databaseUrl);
    if (options.seed) await runCatalogScript('seed', databaseUrl);
    const service = await startService({
      name: 'catalog',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      env: catalogEnv(databaseUrl, options.env),
      readyPath: '/api/catalog/health/ready',
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
export async function tokenFor(
  roles: string[],
  overrides: { secret?: string; issuer?: string; audience?: string; expiresAt?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('e2e-operator')
    .setIssuer(overrides.issuer ?? JWT.issuer)
    .setAudience(overrides.audience ?? JWT.audience)
    .setIssuedAt(now)
    .setExpirationTime(overrides.expiresAt ?? now + 600)
    .setJti(`e2e-${Math.random().toString(36).slice(2)}`)
    .sign(new TextEncoder().encode(overrides.secret ?? JWT.secret));
}
