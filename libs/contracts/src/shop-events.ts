import { ProductArchivedV1, ProductCreatedV1, ProductPriceChangedV1, ProductUpdatedV1 } from './catalog';
import { EventRegistry } from './event-registry';
import { LowStockDetectedV1, StockReservationFailedV1, StockReservedV1, StockStatusChangedV1 } from './inventory';
import { OrderCancelledV1, OrderConfirmedV1, OrderPlacedV1, OrderRejectedV1 } from './order';

/** Every event of the shop: what `parseEvent` accepts by default. Add each new contract here. */
export const shopEvents = new EventRegistry([
  ProductCreatedV1,
  ProductUpdatedV1,
  ProductPriceChangedV1,
  ProductArchivedV1,
  OrderPlacedV1,
  OrderConfirmedV1,
  OrderRejectedV1,
  OrderCancelledV1,
  StockReservedV1,
  StockReservationFailedV1,
  StockStatusChangedV1,
  LowStockDetectedV1,
]);
