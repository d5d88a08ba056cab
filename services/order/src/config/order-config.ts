import { z } from '@shop/config';
import { configLoader, serviceConfigSchema } from '@shop/service-runtime/config';
import { services } from '@shop/topology';

// The cart service `npm start` runs beside this one.
const DEVELOPMENT_CART_URL = `http://127.0.0.1:${services.cart.port}`;

/** The order service's settings, validated once at start; defaults only where a laptop needs them. */
export const orderConfigSchema = serviceConfigSchema(
  { port: services.order.port, database: 'shop_order' },
  {
    /** Where the cart service answers (`GET ${CART_URL}/api/cart`); required outside development. */
    CART_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** How long an order may stay PENDING before it is rejected as expired (and its stock released). */
    ORDER_PENDING_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    /** How often the sweeper looks for expired PENDING orders. */
    ORDER_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  },
)
  .superRefine((config, context) => {
    if (config.NODE_ENV !== 'development' && config.CART_URL === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['CART_URL'],
        message: `is required when NODE_ENV is ${config.NODE_ENV}`,
      });
    }
  })
  .transform((config) => ({ ...config, CART_URL: (config.CART_URL ?? DEVELOPMENT_CART_URL).replace(/\/+$/, '') }));

export type OrderConfig = z.output<typeof orderConfigSchema>;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export const orderConfig = configLoader(orderConfigSchema);
