import { z } from 'zod';

/** The source of every inventory event. */
export const INVENTORY_SOURCE = 'shop.inventory';

/** What the storefront shows: `low` when available stock is at or below the SKU's threshold. */
export const stockStatusSchema = z.enum(['in-stock', 'low', 'out-of-stock']);

/** A line the reservation could not cover. */
export const stockShortageSchema = z.object({
  sku: z.string().min(1),
  requested: z.number().int().min(1),
  /** Available when the reservation was tried; 0 for a SKU inventory does not know. */
  available: z.number().int().min(0),
});
