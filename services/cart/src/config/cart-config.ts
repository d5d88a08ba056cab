import { z } from '@shop/config';
import { configLoader, serviceConfigSchema } from '@shop/service-runtime/config';

// The catalog `npm start` runs on this laptop; elsewhere CATALOG_URL must say where it is.
const DEVELOPMENT_CATALOG_URL = 'http://127.0.0.1:3001';

const baseSchema = serviceConfigSchema(
  { port: 3002, database: 'shop_cart' },
  {
    CATALOG_URL: z.url({ protocol: /^https?$/ }).optional(),
    CATALOG_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
    CART_TTL_HOURS: z.coerce.number().int().min(1).max(8_760).default(168),
    CART_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  },
);

/** The cart's settings, validated once at start; defaults only where a laptop needs them. */
export const cartConfigSchema = baseSchema
  .superRefine((config, context) => {
    if (config.NODE_ENV !== 'development' && config.CATALOG_URL === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['CATALOG_URL'],
        message: `is required when NODE_ENV is ${config.NODE_ENV}`,
      });
    }
  })
  .transform((config) => ({ ...config, CATALOG_URL: config.CATALOG_URL ?? DEVELOPMENT_CATALOG_URL }));

export type CartConfig = z.output<typeof cartConfigSchema>;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export const cartConfig = configLoader(cartConfigSchema);
