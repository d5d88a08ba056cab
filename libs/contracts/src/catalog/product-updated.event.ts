import { z } from 'zod';
import { defineEvent } from '../define-event';
import { CATALOG_SOURCE, productSnapshotSchema } from './product-fields';

/**
 * Fires when the catalog commits a change to a product that changed at least one field (a save that
 * changes nothing publishes nothing). Data is the product after the change and the names of the fields
 * that changed. A price change or an archive also fires its own, narrower event in the same
 * transaction. At least once, unordered: compare `time` to ignore an older update arriving late.
 */
export const ProductUpdatedV1 = defineEvent({
  type: 'catalog.product.updated.v1',
  version: 1,
  source: CATALOG_SOURCE,
  description: 'A product changed; data is the product after the change and the fields that changed.',
  schema: productSnapshotSchema.extend({ changedFields: z.array(z.string().min(1)).min(1) }),
});
