import { basename } from 'node:path';
import { SignJWT } from 'jose';
import { runScript, startService, type RunningService } from './processes';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The token settings of every service under test (the shape of @shop/auth's AuthSettings), so that one
 * service accepts the tokens another issues and the tokens a test signs.
 */
export const TEST_JWT = {
  secret: 'e2e-secret-that-is-at-least-32-bytes-long',
  issuer: 'observable-shop-e2e',
  audience: 'observable-shop-e2e-api',
  ttlSeconds: 600,
};

/**
 * A closed local port. A service under test whose test brings no AWS endpoint publishes here, so its
 * events wait in the outbox (retried with backoff) and nothing can ever reach a real AWS account.
 */
export const UNREACHABLE_URL = 'http://127.0.0.1:9';

/** Settings every service process of a test run gets; `extra` adds the service's own or overrides. */
export function serviceEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT.secret,
    JWT_ISSUER: TEST_JWT.issuer,
    JWT_AUDIENCE: TEST_JWT.audience,
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
    AWS_ENDPOINT_URL: UNREACHABLE_URL,
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

export type ServiceScript = 'migrate' | 'seed' | 'check-drift';

/** Runs a built CLI of the service in `dir` and resolves with its output, or fails with it. */
export async function runServiceScript(
  dir: string,
  name: ServiceScript,
  env: Record<string, string>,
  args: string[] = [],
): Promise<string> {
  const result = await runScript({ cwd: dir, script: `dist/persistence/cli/${name}.js`, args, env });
  if (result.code !== 0) {
    throw new Error(`${basename(dir)} ${name} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

export interface FreshDatabaseServiceOptions {
  /** For error messages. */
  name: string;
  /** The service's package directory, where its built scripts live. */
  dir: string;
  /** Polled until it answers 200 (`/api/catalog/health/ready`). */
  readyPath: string;
  /** Starts the test database's name; `name` when not given. */
  databasePrefix?: string;
  /** Added to `serviceEnv` for the scripts and the service. */
  env?: Record<string, string>;
  /** Runs the seed script after the migrations. */
  seed?: boolean;
}

export interface ServiceOnFreshDatabase {
  database: TestDatabase;
  /** The database's URL in its MariaDB flavour, as the service gets it. */
  databaseUrl: string;
  service: RunningService;
  /** The service's `http://127.0.0.1:PORT`. */
  url: string;
  /** Stops the service, then drops its database. */
  stop(): Promise<void>;
}

/** A fresh database, migrated (and seeded if asked), and the built service serving it. */
export async function startServiceOnFreshDatabase(
  options: FreshDatabaseServiceOptions,
): Promise<ServiceOnFreshDatabase> {
  const database = await createTestDatabase(options.databasePrefix ?? options.name);
  const databaseUrl = mariadbUrl(database);
  const env = serviceEnv(databaseUrl, options.env);
  try {
    await runServiceScript(options.dir, 'migrate', env);
    if (options.seed) await runServiceScript(options.dir, 'seed', env);
    const service = await startService({
      name: options.name,
      cwd: options.dir,
      script: 'dist/main.js',
      env,
      readyPath: options.readyPath,
    });
    return {
      database,
      databaseUrl,
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

export interface TokenOverrides {
  subject?: string;
  email?: string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Seconds since the epoch; ten minutes from now when not given. */
  expiresAt?: number;
}

/** A signed access token as the sign-in would issue it (an operator's unless told otherwise). */
export async function tokenFor(roles: string[], overrides: TokenOverrides = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = overrides.email === undefined ? { roles } : { roles, email: overrides.email };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(overrides.subject ?? 'e2e-operator')
    .setIssuer(overrides.issuer ?? TEST_JWT.issuer)
    .setAudience(overrides.audience ?? TEST_JWT.audience)
    .setIssuedAt(now)
    .setExpirationTime(overrides.expiresAt ?? now + TEST_JWT.ttlSeconds)
    .setJti(`e2e-${Math.random().toString(36).slice(2)}`)
    .sign(new TextEncoder().encode(overrides.secret ?? TEST_JWT.secret));
}
