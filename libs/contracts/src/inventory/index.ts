export { INVENTORY_SOURCE, stockShortageSchema, stockStatusSchema } from './inventory-fields';
export { LowStockDetectedV1 } from './low-stock-detected.event';
export { StockReservationFailedV1 } from './stock-reservation-failed.event';
export { StockReservedV1 } from './stock-reserved.event';
export { StockStatusChangedV1 } from './stock-status-changed.event';
