import { z } from 'zod';
import { priceSchema } from '../catalog/product-fields';

/** The source of every order event. */
export const ORDER_SOURCE = 'shop.order';

/** One line of an order: what was bought, at the price the customer saw at checkout. */
export const orderLineSchema = z.object({
  productId: z.uuid(),
  sku: z.string().min(1),
  name: z.string().min(1),
  quantity: z.number().int().min(1),
  unitPrice: priceSchema,
});

/** Who placed an order: a signed-in customer (their account id) or a guest (an email only). */
export const orderCustomerSchema = z.object({
  customerId: z.uuid().nullable(),
  email: z.email(),
});

export const orderRejectionReasonSchema = z.enum(['out-of-stock', 'unknown-sku', 'expired']);
