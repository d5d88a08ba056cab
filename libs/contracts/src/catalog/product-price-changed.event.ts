import { z } from 'zod';
import { defineEvent } from '../define-event';
import { CATALOG_SOURCE, priceSchema } from './product-fields';

/**
 * Fires when a committed change gives a product a different price (amount or currency), with the
 * price before and after. Published beside `catalog.product.updated.v1` from the same transaction;
 * at least once, unordered: compare `time` to ignore an older change arriving late.
 */
export const ProductPriceChangedV1 = defineEvent({
  type: 'catalog.product.price-changed.v1',
  version: 1,
  source: CATALOG_SOURCE,
  description: 'A product’s price changed; data has the previous and the new price.',
  schema: z.object({
    productId: z.uuid(),
    sku: z.string().min(1),
    previousPrice: priceSchema,
    price: priceSchema,
  }),
});
