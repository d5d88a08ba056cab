import { z } from 'zod';
import { defineEvent } from '../define-event';
import { ORDER_SOURCE, orderCustomerSchema } from './order-fields';

/** Fires when a customer cancels a confirmed order; inventory puts its stock back. */
export const OrderCancelledV1 = defineEvent({
  type: 'order.cancelled.v1',
  version: 1,
  source: ORDER_SOURCE,
  description: 'A confirmed order was cancelled; its stock goes back on the shelf.',
  schema: z.object({
    orderId: z.uuid(),
    customer: orderCustomerSchema,
  }),
});
