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
import { eventBusPublishingSettings } from '@shop/event-bus/settings';

// Only ever used outside production, so a laptop runs without any setting; production must set its own.
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-used-in-production';
// The local AWS endpoint `npm start` runs (tools/local-aws) and the credentials it accepts.
const DEVELOPMENT_AWS = { endpoint: 'http://127.0.0.1:4566', accessKeyId: 'test', secretAccessKey: 'test' };

type Environment = z.infer<typeof environment>;
type LogLevel = z.infer<typeof logLevel>;

const defaultLogLevel: Record<Environment, LogLevel> = { development: 'debug', test: 'warn', production: 'info' };

/** What differs between services in their base settings. */
export interface ServiceDefaults {
  /** The port the service listens on locally (libs/topology's services table). */
  readonly port: number;
  /** The database a laptop uses when DATABASE_URL is not set (`shop_catalog`). */
  readonly database: string;
}

function baseShape(defaults: ServiceDefaults) {
  return {
    NODE_ENV: environment,
    PORT: port(defaults.port),
    LOG_LEVEL: logLevel.optional(),
    DATABASE_URL: databaseUrl.optional(),
    ...telemetrySettings,
    ...authSettings,
    JWT_SECRET: authSettings.JWT_SECRET.optional(),
    ...eventBusPublishingSettings,
    // Read by the AWS SDK itself; absent in AWS, where the SDK's credential chain and endpoints apply.
    AWS_ENDPOINT_URL: z.url({ protocol: /^https?$/ }).optional(),
    AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
    AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  };
}

type RawBase = z.output<z.ZodObject<ReturnType<typeof baseShape>>>;

function requireOutsideDevelopment(config: RawBase, context: z.RefinementCtx): void {
  if (config.NODE_ENV !== 'development' && config.DATABASE_URL === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['DATABASE_URL'],
      message: `is required when NODE_ENV is ${config.NODE_ENV}`,
    });
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === undefined) {
    context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV is production' });
  }
}

function withDevelopmentDefaults(config: RawBase, defaults: ServiceDefaults) {
  const development = config.NODE_ENV === 'development';
  return {
    LOG_LEVEL: config.LOG_LEVEL ?? defaultLogLevel[config.NODE_ENV],
    DATABASE_URL: config.DATABASE_URL ?? `mariadb://root@127.0.0.1:3306/${defaults.database}`,
    JWT_SECRET: config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    AWS_ENDPOINT_URL: config.AWS_ENDPOINT_URL ?? (development ? DEVELOPMENT_AWS.endpoint : undefined),
    AWS_ACCESS_KEY_ID: config.AWS_ACCESS_KEY_ID ?? (development ? DEVELOPMENT_AWS.accessKeyId : undefined),
    AWS_SECRET_ACCESS_KEY: config.AWS_SECRET_ACCESS_KEY ?? (development ? DEVELOPMENT_AWS.secretAccessKey : undefined),
  };
}

/**
 * The settings every service reads, plus its own (`extra`), validated once at start. Defaults only where
 * a laptop needs them: in development the database, the token secret and the local AWS endpoint; in
 * tests DATABASE_URL is required (a default could hit the developer's database); in production also
 * JWT_SECRET.
 */
export function serviceConfigSchema<TExtra extends z.ZodRawShape>(defaults: ServiceDefaults, extra: TExtra) {
  return z
    .object({ ...baseShape(defaults), ...extra })
    .superRefine((config, context) => requireOutsideDevelopment(config as RawBase, context))
    .transform((config) => ({ ...config, ...withDevelopmentDefaults(config as RawBase, defaults) }));
}

/** The base settings as every service has them after validation. */
export type ServiceConfig = z.output<ReturnType<typeof serviceConfigSchema<Record<never, never>>>>;

/**
 * A function that reads process.env once per process against `schema`; a bad setting ends the process
 * with one line naming it (exit 78).
 */
export function configLoader<TConfig>(schema: z.ZodType<TConfig>): () => TConfig {
  let loaded: TConfig | undefined;
  return () => {
    loaded ??= loadConfigOrExit(schema);
    return loaded;
  };
}

/**
 * The AWS settings the SDK reads from the environment (the event bus's clients take only a region), to
 * put there before the clients are made: in development the local endpoint's, elsewhere those given.
 */
export function awsSdkEnvironment(config: ServiceConfig): Record<string, string> {
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
