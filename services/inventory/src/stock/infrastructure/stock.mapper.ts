import type { StockItem } from '../domain/stock-item';
import type { StockLevel } from '../domain/stock-level';
import type { StockChange, StockMovement } from '../domain/stock-movement';
import type { StockItemEntity } from './stock-item.entity';
import type { StockMovementEntity } from './stock-movement.entity';

export function toStockItem(row: StockItemEntity): StockItem {
  return {
    sku: row.sku,
    productId: row.productId,
    onHand: row.onHand,
    reserved: row.reserved,
    lowStockThreshold: row.lowStockThreshold,
    updatedAt: row.updatedAt,
  };
}

export function toStockMovement(row: StockMovementEntity): StockMovement {
  return {
    id: String(row.id),
    sku: row.sku,
    kind: row.kind,
    onHandDelta: row.onHandDelta,
    reservedDelta: row.reservedDelta,
    onHandAfter: row.onHandAfter,
    reservedAfter: row.reservedAfter,
    orderId: row.orderId,
    reason: row.reason,
    actor: row.actor,
    occurredAt: row.occurredAt,
  };
}

/** The movement row of a change that left the SKU at `after`. */
export function toMovementRow(
  sku: string,
  change: StockChange,
  after: StockLevel,
  at: Date,
): Omit<StockMovementEntity, 'id'> {
  return {
    sku,
    kind: change.kind,
    onHandDelta: change.onHandDelta,
    reservedDelta: change.reservedDelta,
    onHandAfter: after.onHand,
    reservedAfter: after.reserved,
    orderId: change.orderId,
    reason: change.reason,
    actor: change.actor,
    occurredAt: at,
  };
}
