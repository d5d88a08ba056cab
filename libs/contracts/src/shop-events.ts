import { ProductArchivedV1, ProductCreatedV1, ProductPriceChangedV1, ProductUpdatedV1 } from './catalog';
import { EventRegistry } from './event-registry';

/** Every event of the shop: what `parseEvent` accepts by default. Add each new contract here. */
export const shopEvents = new EventRegistry([
  ProductCreatedV1,
  ProductUpdatedV1,
  ProductPriceChangedV1,
  ProductArchivedV1,
]);
