import { z } from 'zod';
import { priceSchema } from '../catalog/product-fields';
import { defineEvent } from '../define-event';
import { ORDER_SOURCE, orderCustomerSchema, orderLineSchema } from './order-fields';

/**
 * Fires once when checkout commits a new PENDING order; starts the saga. Inventory answers with
 * `inventory.stock.reserved.v1` or `inventory.stock.reservation-failed.v1` for the whole order (all lines
 * or none). `reserveUntil` bounds the reservation: stock held for an order that never completes is
 * released after it.
 */
export const OrderPlacedV1 = defineEvent({
  type: 'order.placed.v1',
  version: 1,
  source: ORDER_SOURCE,
  description: 'A customer placed an order; data has its lines, total and customer.',
  schema: z.object({
    orderId: z.uuid(),
    cartId: z.uuid(),
    customer: orderCustomerSchema,
    lines: z.array(orderLineSchema).min(1),
    total: priceSchema,
    reserveUntil: z.iso.datetime(),
  }),
});
