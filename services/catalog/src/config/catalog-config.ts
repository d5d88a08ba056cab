import {
  authSettings,
  databaseUrl,
  environment,
  loadConfigOrExit,
  logLevel,
  port,
  telemetrySettings,
  z,
} from '@shop/config';
import { eventBusPublishingSettings } from '@shop/event-bus';

const DEVELOPMENT_DATABASE_URL = 'mariadb://root@127.0.0.1:3306/shop_catalog';
// Only ever used outside production, so a laptop runs without any setting; production must set its own.
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-used-in-production';
const DEVELOPMENT_SEED_PASSWORDS = { admin: 'admin-local-password', viewer: 'viewer-local-password' };
// The local AWS endpoint `npm start` runs (tools/local-aws) and the credentials it accepts.
const DEVELOPMENT_AWS = { endpoint: 'http://127.0.0.1:4566', accessKeyId: 'test', secretAccessKey: 'test' };

type Environment = z.infer<typeof environment>;
type LogLevel = z.infer<typeof logLevel>;

const defaultLogLevel: Record<Environment, LogLevel> = { development: 'debug', test: 'warn', production: 'info' };

const rawSchema = z.object({
  NODE_ENV: environment,
  PORT: port(3001),
  LOG_LEVEL: logLevel.optional(),
  DATABASE_URL: databaseUrl.optional(),
  ...telemetrySettings,
  ...authSettings,
  JWT_SECRET: authSettings.JWT_SECRET.optional(),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(10),
  // How long storefront list totals are reused; tests default to 0 so that every total is exact.
  LIST_TOTAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  SEED_ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  SEED_VIEWER_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  ...eventBusPublishingSettings,
  // Read by the AWS SDK itself; absent in AWS, where the SDK's credential chain and endpoints apply.
  AWS_ENDPOINT_URL: z.url({ protocol: /^https?$/ }).optional(),
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

type RawConfig = z.infer<typeof rawSchema>;

function requireOutsideDevelopment(config: RawConfig, context: z.RefinementCtx): void {
  if (config.NODE_ENV !== 'development' && config.DATABASE_URL === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['DATABASE_URL'],
      message: `is required when NODE_ENV is ${config.NODE_ENV}`,
    });
  }
  if (config.NODE_ENV !== 'production') return;
  for (const setting of ['JWT_SECRET'] as const) {
    if (config[setting] === undefined) {
      context.addIssue({ code: 'custom', path: [setting], message: 'is required when NODE_ENV is production' });
    }
  }
}

function developmentOnly(environment: Environment, value: string): string | undefined {
  return environment === 'production' ? undefined : value;
}

/** The catalog's settings, validated once at start; defaults only where a laptop needs them. */
export const catalogConfigSchema = rawSchema.superRefine(requireOutsideDevelopment).transform((config) => ({
  ...config,
  LOG_LEVEL: config.LOG_LEVEL ?? defaultLogLevel[config.NODE_ENV],
  LIST_TOTAL_CACHE_SECONDS: config.LIST_TOTAL_CACHE_SECONDS ?? (config.NODE_ENV === 'test' ? 0 : 10),
  DATABASE_URL: config.DATABASE_URL ?? DEVELOPMENT_DATABASE_URL,
  JWT_SECRET: config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
  // Only the seed command needs these, and it refuses to run in production without them.
  SEED_ADMIN_PASSWORD: config.SEED_ADMIN_PASSWORD ?? developmentOnly(config.NODE_ENV, DEVELOPMENT_SEED_PASSWORDS.admin),
  SEED_VIEWER_PASSWORD:
    config.SEED_VIEWER_PASSWORD ?? developmentOnly(config.NODE_ENV, DEVELOPMENT_SEED_PASSWORDS.viewer),
  ...(config.NODE_ENV === 'development' ? developmentAwsDefaults(config) : {}),
}));

function developmentAwsDefaults(
  config: RawConfig,
): Pick<RawConfig, 'AWS_ENDPOINT_URL' | 'AWS_ACCESS_KEY_ID' | 'AWS_SECRET_ACCESS_KEY'> {
  return {
    AWS_ENDPOINT_URL: config.AWS_ENDPOINT_URL ?? DEVELOPMENT_AWS.endpoint,
    AWS_ACCESS_KEY_ID: config.AWS_ACCESS_KEY_ID ?? DEVELOPMENT_AWS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: config.AWS_SECRET_ACCESS_KEY ?? DEVELOPMENT_AWS.secretAccessKey,
  };
}

export type CatalogConfig = z.infer<typeof catalogConfigSchema>;

/**
 * The AWS settings the SDK reads from the environment (the event bus's clients take only a region), to
 * put there before the clients are made: in development the local endpoint's, elsewhere those given.
 */
export function awsSdkEnvironment(config: CatalogConfig): Record<string, string> {
  const settings = {
    AWS_ENDPOINT_URL: config.AWS_ENDPOINT_URL,
    AWS_ACCESS_KEY_ID: config.AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: config.AWS_SECRET_ACCESS_KEY,
    AWS_REGION: config.AWS_REGION,
  };
  return Object.fromEntries(
    Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

let loaded: CatalogConfig | undefined;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export function catalogConfig(): CatalogConfig {
  loaded ??= loadConfigOrExit(catalogConfigSchema);
  return loaded;
}
