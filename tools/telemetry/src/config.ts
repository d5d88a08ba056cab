import { join, resolve } from 'node:path';
import { logLevel, port, z } from '@shop/config';
import { type QueryApiSettings, queryApiSettings, withQueryApiDefaults } from './api/query-api-settings';
import { IN_MEMORY } from './store/telemetry-database';

const BYTES_PER_MEGABYTE = 1024 * 1024;
export const DATABASE_FILE = 'telemetry.sqlite';

/** What the collector needs to run, parsed once from the environment at start. */
export interface TelemetryConfig {
  readonly host: string;
  readonly grpcPort: number;
  readonly httpPort: number;
  /** `<TELEMETRY_DATA_DIR>/telemetry.sqlite` (absolute), or `:memory:`. */
  readonly databasePath: string;
  readonly retentionHours: number;
  readonly maxBytes: number;
  /** OTLP/HTTP base URL that every stored export is also sent to; undefined: no forwarding. */
  readonly forwardEndpoint: string | undefined;
  readonly logLevel: z.infer<typeof logLevel>;
  /** The query API's port, token settings and the alarms' SNS topic. */
  readonly queryApi: QueryApiSettings;
}

export const telemetryConfigSchema = z
  .object({
    TELEMETRY_HOST: z.string().min(1).default('127.0.0.1'),
    TELEMETRY_GRPC_PORT: port(4317),
    TELEMETRY_HTTP_PORT: port(4318),
    // Relative to the working directory (tools/telemetry under `npm start`, which runs the workspace's start script); `:memory:` keeps nothing.
    TELEMETRY_DATA_DIR: z.string().min(1).default(join('.data', 'telemetry')),
    TELEMETRY_RETENTION_HOURS: z.coerce.number({ message: 'must be a number of hours' }).positive().default(24),
    TELEMETRY_MAX_MEGABYTES: z.coerce.number({ message: 'must be a number of megabytes' }).positive().default(512),
    TELEMETRY_FORWARD_OTLP_HTTP_ENDPOINT: z
      .url({ protocol: /^https?$/, message: 'must be an OTLP/HTTP base URL such as http://127.0.0.1:4318' })
      .optional(),
    LOG_LEVEL: logLevel.default('info'),
    ...queryApiSettings,
  })
  .transform((env, context): TelemetryConfig => ({
    host: env.TELEMETRY_HOST,
    grpcPort: env.TELEMETRY_GRPC_PORT,
    httpPort: env.TELEMETRY_HTTP_PORT,
    databasePath: env.TELEMETRY_DATA_DIR === IN_MEMORY ? IN_MEMORY : resolve(env.TELEMETRY_DATA_DIR, DATABASE_FILE),
    retentionHours: env.TELEMETRY_RETENTION_HOURS,
    maxBytes: Math.round(env.TELEMETRY_MAX_MEGABYTES * BYTES_PER_MEGABYTE),
    forwardEndpoint: env.TELEMETRY_FORWARD_OTLP_HTTP_ENDPOINT,
    logLevel: env.LOG_LEVEL,
    queryApi: withQueryApiDefaults(env, context),
  }));
