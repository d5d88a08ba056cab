import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LOW_STOCK_THRESHOLD, type StockItem } from '../domain/stock-item';
import { StockLedger, type AppliedChange, type ChangeOutcome } from '../domain/stock-ledger';
import { availableOf } from '../domain/stock-level';
import type { StockChange } from '../domain/stock-movement';
import { StockItemEntity } from './stock-item.entity';
import { StockMovementEntity } from './stock-movement.entity';
import { toMovementRow, toStockItem } from './stock.mapper';

interface WriteResult {
  affectedRows: number;
}

// The WHERE clause is the guard: the row changes only if afterwards 0 <= reserved <= on hand. For a
// reservation (on hand +0, reserved +q) it reads "on_hand - reserved >= q". InnoDB evaluates it on the
// latest committed row under its exclusive lock, so concurrent reservations queue on the row and each
// sees the one before it: affectedRows = 0 means not enough, never a lost update.
const GUARDED_CHANGE =
  'UPDATE stock_items SET on_hand = on_hand + ?, reserved = reserved + ?, updated_at = ? ' +
  'WHERE sku = ? AND on_hand + ? >= reserved + ? AND reserved + ? >= 0';

@Injectable()
export class TypeOrmStockLedger extends StockLedger {
  async apply(manager: EntityManager, sku: string, change: StockChange, at: Date): Promise<ChangeOutcome> {
    const { onHandDelta: onHand, reservedDelta: reserved } = change;
    const result = await manager.query<WriteResult>(GUARDED_CHANGE, [
      onHand,
      reserved,
      at,
      sku,
      onHand,
      reserved,
      reserved,
    ]);
    const row = await manager.findOneBy(StockItemEntity, { sku });
    if (row === null) return { applied: false, reason: 'unknown-sku' };
    const item = toStockItem(row);
    if (result.affectedRows === 0) return { applied: false, reason: 'insufficient', available: availableOf(item) };

    await manager.insert(StockMovementEntity, toMovementRow(sku, change, item, at));
    const before = {
      onHand: item.onHand - onHand,
      reserved: item.reserved - reserved,
      lowStockThreshold: item.lowStockThreshold,
    };
    return { applied: true, item, transition: { sku, before, after: item } };
  }

  async setThreshold(
    manager: EntityManager,
    sku: string,
    threshold: number,
    at: Date,
  ): Promise<AppliedChange | undefined> {
    const row = await manager.findOne(StockItemEntity, { where: { sku }, lock: { mode: 'pessimistic_write' } });
    if (row === null) return undefined;
    const before = toStockItem(row);
    await manager.update(StockItemEntity, { sku }, { lowStockThreshold: threshold, updatedAt: at });
    const item: StockItem = { ...before, lowStockThreshold: threshold, updatedAt: at };
    return { item, transition: { sku, before, after: item } };
  }

  async createIfMissing(
    manager: EntityManager,
    sku: string,
    productId: string,
    at: Date,
  ): Promise<StockItem | undefined> {
    // affectedRows: 1 for a new row, 2 when the product id was filled in, 0 when nothing changed.
    const result = await manager.query<WriteResult>(
      'INSERT INTO stock_items (sku, product_id, on_hand, reserved, low_stock_threshold, updated_at) ' +
        'VALUES (?, ?, 0, 0, ?, ?) ON DUPLICATE KEY UPDATE product_id = COALESCE(product_id, ?)',
      [sku, productId, DEFAULT_LOW_STOCK_THRESHOLD, at, productId],
    );
    if (result.affectedRows !== 1) return undefined;
    return { sku, productId, onHand: 0, reserved: 0, lowStockThreshold: DEFAULT_LOW_STOCK_THRESHOLD, updatedAt: at };
  }
}
