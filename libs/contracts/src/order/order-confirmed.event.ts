import { z } from 'zod';
import { priceSchema } from '../catalog/product-fields';
import { defineEvent } from '../define-event';
import { ORDER_SOURCE, orderCustomerSchema } from './order-fields';

/**
 * Fires when an order's stock is reserved and the order becomes CONFIRMED: inventory turns the
 * reservation into a sale, the cart empties, and (through EventBridge) the customer is notified.
 */
export const OrderConfirmedV1 = defineEvent({
  type: 'order.confirmed.v1',
  version: 1,
  source: ORDER_SOURCE,
  description: 'An order was confirmed; its stock is reserved.',
  schema: z.object({
    orderId: z.uuid(),
    cartId: z.uuid(),
    customer: orderCustomerSchema,
    total: priceSchema,
  }),
});
