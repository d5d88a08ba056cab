import { z } from 'zod';
import { defineEvent } from '../define-event';
import { INVENTORY_SOURCE, stockShortageSchema } from './inventory-fields';

/** Fires when an order's lines cannot all be reserved; nothing was reserved for it. */
export const StockReservationFailedV1 = defineEvent({
  type: 'inventory.stock.reservation-failed.v1',
  version: 1,
  source: INVENTORY_SOURCE,
  description: 'An order could not be reserved; data lists the lines that fell short.',
  schema: z.object({
    orderId: z.uuid(),
    reason: z.enum(['out-of-stock', 'unknown-sku']),
    shortages: z.array(stockShortageSchema).min(1),
  }),
});
