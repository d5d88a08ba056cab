import { z } from 'zod';
import { defineEvent } from '../define-event';
import { ORDER_SOURCE, orderCustomerSchema, orderRejectionReasonSchema } from './order-fields';

/**
 * Fires when an order becomes REJECTED: stock could not be reserved, or the order expired before its
 * reservation was confirmed. Inventory releases whatever it still holds for the order.
 */
export const OrderRejectedV1 = defineEvent({
  type: 'order.rejected.v1',
  version: 1,
  source: ORDER_SOURCE,
  description: 'An order was rejected; data says why.',
  schema: z.object({
    orderId: z.uuid(),
    cartId: z.uuid(),
    customer: orderCustomerSchema,
    reason: orderRejectionReasonSchema,
  }),
});
