import { z } from 'zod';
import { defineEvent } from '../define-event';
import { CATALOG_SOURCE } from './product-fields';

/**
 * Fires when a committed change moves a product to `archived`: it is no longer sold, and consumers
 * stop offering it (inventory stops reserving it). Archived products stay readable for history. At
 * least once; deduplicate on the envelope id.
 */
export const ProductArchivedV1 = defineEvent({
  type: 'catalog.product.archived.v1',
  version: 1,
  source: CATALOG_SOURCE,
  description: 'A product was archived (withdrawn from sale).',
  schema: z.object({ productId: z.uuid(), sku: z.string().min(1) }),
});
