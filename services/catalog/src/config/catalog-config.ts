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

const DEVELOPMENT_DATABASE_URL = 'mariadb://root@127.0.0.1:3306/shop_catalog';
// Only ever used outside production, so a laptop runs without any setting; production must set its own.
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-used-in-production';
const DEVELOPMENT_SEED_PASSWORDS = { admin: 'admin-local-password', viewer: 'viewer-local-password' };

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
  for (const setting of ['JWT_SECRET', 'SEED_ADMIN_PASSWORD', 'SEED_VIEWER_PASSWORD'] as const) {
    if (config[setting] === undefined) {
      context.addIssue({ code: 'custom', path: [setting], message: 'is required when NODE_ENV is production' });
    }
  }
}

/** The catalog's settings, validated once at start; defaults only where a laptop needs them. */
export const catalogConfigSchema = rawSchema.superRefine(requireOutsideDevelopment).transform((config) => ({
  ...config,
  LOG_LEVEL: config.LOG_LEVEL ?? defaultLogLevel[config.NODE_ENV],
  LIST_TOTAL_CACHE_SECONDS: config.LIST_TOTAL_CACHE_SECONDS ?? (config.NODE_ENV === 'test' ? 0 : 10),
  DATABASE_URL: config.DATABASE_URL ?? DEVELOPMENT_DATABASE_URL,
  JWT_SECRET: config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
  SEED_ADMIN_PASSWORD: config.SEED_ADMIN_PASSWORD ?? DEVELOPMENT_SEED_PASSWORDS.admin,
  SEED_VIEWER_PASSWORD: config.SEED_VIEWER_PASSWORD ?? DEVELOPMENT_SEED_PASSWORDS.viewer,
}));

export type CatalogConfig = z.infer<typeof catalogConfigSchema>;

let loaded: CatalogConfig | undefined;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export function catalogConfig(): CatalogConfig {
  loaded ??= loadConfigOrExit(catalogConfigSchema);
  return loaded;
}
