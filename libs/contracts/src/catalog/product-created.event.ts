import { defineEvent } from '../define-event';
import { CATALOG_SOURCE, productSnapshotSchema } from './product-fields';

/**
 * Fires once when the catalog commits a new product, whatever its status (a draft too). Written in the
 * creating transaction through the outbox, so it is published if and only if the product exists.
 * Delivery is at least once (deduplicate on the envelope id) and unordered across products.
 */
export const ProductCreatedV1 = defineEvent({
  type: 'catalog.product.created.v1',
  version: 1,
  source: CATALOG_SOURCE,
  description: 'A product was created; data is the new product.',
  schema: productSnapshotSchema,
});
