import { z } from '@shop/config';
import { configLoader, serviceConfigSchema } from '@shop/service-runtime/config';

/** Inventory's settings, validated once at start; defaults only where a laptop needs them. */
export const inventoryConfigSchema = serviceConfigSchema(
  { port: 3004, database: 'shop_inventory' },
  {
    // How often reservations past their time are released (abandoned orders must not block stock).
    RESERVATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    // Messages of each consumed queue handled at once.
    CONSUMER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  },
);

export type InventoryConfig = z.infer<typeof inventoryConfigSchema>;

/** Reads process.env once per process; a bad setting ends the process with one line naming it. */
export const inventoryConfig = configLoader(inventoryConfigSchema);
