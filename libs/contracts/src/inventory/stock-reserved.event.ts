import { z } from 'zod';
import { defineEvent } from '../define-event';
import { INVENTORY_SOURCE } from './inventory-fields';

/** Fires when every line of an order is reserved (all or nothing), in the transaction that reserved them. */
export const StockReservedV1 = defineEvent({
  type: 'inventory.stock.reserved.v1',
  version: 1,
  source: INVENTORY_SOURCE,
  description: 'Stock for every line of an order is reserved until the given time.',
  schema: z.object({
    orderId: z.uuid(),
    lines: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1) })).min(1),
    reservedUntil: z.iso.datetime(),
  }),
});
