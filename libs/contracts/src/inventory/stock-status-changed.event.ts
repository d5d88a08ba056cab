import { z } from 'zod';
import { defineEvent } from '../define-event';
import { INVENTORY_SOURCE, stockStatusSchema } from './inventory-fields';

/**
 * Fires when a SKU's stock status (in stock, low, out of stock) changes, so that the catalog can show it
 * without asking inventory on every page. At least once, unordered: keep the one with the latest `asOf`.
 */
export const StockStatusChangedV1 = defineEvent({
  type: 'inventory.stock.status-changed.v1',
  version: 1,
  source: INVENTORY_SOURCE,
  description: 'A SKU went in stock, low or out of stock.',
  schema: z.object({
    sku: z.string().min(1),
    status: stockStatusSchema,
    available: z.number().int().min(0),
    asOf: z.iso.datetime(),
  }),
});
