export { CATALOG_SOURCE, priceSchema, productSnapshotSchema, productStatusSchema } from './product-fields';
export { ProductArchivedV1 } from './product-archived.event';
export { ProductCreatedV1 } from './product-created.event';
export { ProductPriceChangedV1 } from './product-price-changed.event';
export { ProductUpdatedV1 } from './product-updated.event';
