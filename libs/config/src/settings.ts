import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const environment = z.enum(['development', 'test', 'production']).default('development');

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** A mysql:// or mariadb:// URL; the scheme picks the TypeORM driver flavour. */
export const databaseUrl = z
  .string({ message: 'is required' })
  .url({ message: 'must be a URL such as mysql://user:pass@host:3306/db' })
  .refine((value) => /^(mysql|mariadb):\/\//.test(value), { message: 'must start with mysql:// or mariadb://' });

/** OpenTelemetry settings, read from the standard OTEL_* variables so ADOT and the SDK agree. */
export const telemetrySettings = {
  OTEL_SDK_DISABLED: booleanFlag.default(false),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url({ message: 'must be a URL such as http://localhost:4317' })
    .default('http://localhost:4317'),
  OTEL_TRACES_SAMPLER_ARG: z.coerce
    .number({ message: 'must be a number between 0 and 1' })
    .min(0, { message: 'must be between 0 and 1' })
    .max(1, { message: 'must be between 0 and 1' })
    .default(1),
  OTEL_METRIC_EXPORT_INTERVAL: z.coerce.number().int().min(1000).default(15000),
};

/** Token settings every service shares: the catalog signs, every service verifies. */
export const authSettings = {
  JWT_SECRET: z.string({ message: 'is required' }).min(32, { message: 'must be at least 32 characters' }),
  JWT_ISSUER: z.string().min(1).default('observable-shop'),
  JWT_AUDIENCE: z.string().min(1).default('observable-shop-api'),
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
};

export { booleanFlag };
