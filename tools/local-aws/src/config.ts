import { resolve } from 'node:path';
import { booleanFlag, logLevel, port, z } from '@shop/config';
import { DEFAULT_RESOURCE_PREFIX } from '@shop/topology';

// dist/config.js → the repository root.
const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

/** What the local AWS endpoint needs to run, parsed once from the environment at start. */
export interface LocalAwsConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute; undefined when LOCAL_AWS_PERSISTENCE=false (everything in memory). */
  readonly dataDir: string | undefined;
  readonly region: string;
  readonly resourcePrefix: string;
  /** Apply `messagingTopology` at start. */
  readonly applyTopology: boolean;
  readonly logLevel: z.infer<typeof logLevel>;
}

export const localAwsConfigSchema = z
  .object({
    LOCAL_AWS_PORT: port(4566),
    LOCAL_AWS_HOST: z.string().min(1).default('127.0.0.1'),
    LOCAL_AWS_DATA_DIR: z
      .string()
      .min(1)
      .default(resolve(REPOSITORY_ROOT, '.data', 'local-aws')),
    LOCAL_AWS_PERSISTENCE: booleanFlag.default(true),
    LOCAL_AWS_APPLY_TOPOLOGY: booleanFlag.default(true),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    SHOP_RESOURCE_PREFIX: z
      .string()
      .regex(/^[a-z0-9-]{1,30}$/, { message: 'must be 1-30 lowercase letters, digits or dashes' })
      .default(DEFAULT_RESOURCE_PREFIX),
    LOG_LEVEL: logLevel.default('info'),
  })
  .transform((env): LocalAwsConfig => ({
    port: env.LOCAL_AWS_PORT,
    host: env.LOCAL_AWS_HOST,
    dataDir: env.LOCAL_AWS_PERSISTENCE ? resolve(env.LOCAL_AWS_DATA_DIR) : undefined,
    region: env.AWS_REGION,
    resourcePrefix: env.SHOP_RESOURCE_PREFIX,
    applyTopology: env.LOCAL_AWS_APPLY_TOPOLOGY,
    logLevel: env.LOG_LEVEL,
  }));
