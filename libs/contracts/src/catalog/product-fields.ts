import { z } from 'zod';

/** The source of every catalog event. */
export const CATALOG_SOURCE = 'shop.catalog';

/** An exact price: a decimal string with two places (never a float) and an ISO 4217 currency code. */
export const priceSchema = z.object({
  amount: z.string().regex(/^(0|[1-9]\d{0,9})\.\d{2}$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export const productStatusSchema = z.enum(['draft', 'active', 'archived']);

/** The product as it is after the change an event reports. */
export const productSnapshotSchema = z.object({
  productId: z.uuid(),
  sku: z.string().min(1),
  name: z.string().min(1),
  slug: z.string().min(1),
  status: productStatusSchema,
  price: priceSchema,
  categoryIds: z.array(z.uuid()),
});
