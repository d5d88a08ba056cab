import { z } from 'zod';
import { defineEvent } from '../define-event';
import { INVENTORY_SOURCE } from './inventory-fields';

/** Fires when a SKU's available stock falls to or below its low-stock threshold (once per crossing). */
export const LowStockDetectedV1 = defineEvent({
  type: 'inventory.stock.low-stock-detected.v1',
  version: 1,
  source: INVENTORY_SOURCE,
  description: 'A SKU fell to its low-stock threshold; an operator should restock it.',
  schema: z.object({
    sku: z.string().min(1),
    available: z.number().int().min(0),
    threshold: z.number().int().min(0),
  }),
});
