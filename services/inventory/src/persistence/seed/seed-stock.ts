import { randomUUID } from 'node:crypto';
import { OutboxWriter } from '@shop/event-bus';
import { valuesPlaceholders } from '@shop/service-runtime';
import type { DataSource } from 'typeorm';
import { StockEvents } from '../../stock/application/stock-events';
import { DEFAULT_LOW_STOCK_THRESHOLD } from '../../stock/domain/stock-item';
import { SYSTEM_ACTORS } from '../../stock/domain/stock-movement';

/** The demo catalog's seed products are SKU-000001..SKU-000600 (services/catalog's seed-catalog.ts). */
export const SEED_SKU_COUNT = 600;

export interface SeedStock {
  readonly sku: string;
  readonly onHand: number;
}

/**
 * Stock of seed product n (1-based), the same on every run: mostly 20..120 units, every 15th low
 * (2..4), every 40th out of stock, so the storefront and the low-stock list show all three.
 */
export function seedStock(n: number): SeedStock {
  const sku = `SKU-${String(n).padStart(6, '0')}`;
  if (n % 40 === 0) return { sku, onHand: 0 };
  if (n % 15 === 0) return { sku, onHand: 2 + (n % 3) };
  return { sku, onHand: 20 + ((n * 7919) % 101) };
}

/**
 * Writes seed stock items that do not exist yet, each with its receipt in the ledger (actor `seed`) and
 * its stock status in the outbox (published by the running service, so the catalog shows it), and
 * leaves existing ones alone. The product id stays null until the catalog's ProductCreated fills it.
 */
export class SeedStockWriter {
  private readonly events = new StockEvents(new OutboxWriter());

  constructor(private readonly dataSource: DataSource) {}

  async stockItemCount(): Promise<number> {
    const rows = await this.dataSource.query<{ total: string }[]>('SELECT COUNT(*) AS total FROM stock_items');
    return Number(rows[0]?.total ?? 0);
  }

  /** Returns how many items it created. */
  async write(items: readonly SeedStock[], at: Date): Promise<number> {
    if (items.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.query<{ sku: string }[]>(
        `SELECT sku FROM stock_items WHERE sku IN (${items.map(() => '?').join(', ')}) FOR UPDATE`,
        items.map((item) => item.sku),
      );
      const taken = new Set(existing.map((row) => row.sku));
      const missing = items.filter((item) => !taken.has(item.sku));
      if (missing.length === 0) return 0;
      await manager.query(
        'INSERT INTO stock_items (sku, product_id, on_hand, reserved, low_stock_threshold, updated_at) VALUES ' +
          valuesPlaceholders(missing.length, 6),
        missing.flatMap((item) => [item.sku, null, item.onHand, 0, DEFAULT_LOW_STOCK_THRESHOLD, at]),
      );
      const received = missing.filter((item) => item.onHand > 0);
      if (received.length > 0) {
        await manager.query(
          'INSERT INTO stock_movements (sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, ' +
            'order_id, reason, actor, occurred_at) VALUES ' +
            valuesPlaceholders(received.length, 10),
          received.flatMap((item) => [
            item.sku,
            'receipt',
            item.onHand,
            0,
            item.onHand,
            0,
            null,
            'initial stock',
            SYSTEM_ACTORS.seed,
            at,
          ]),
        );
      }
      const correlationId = randomUUID();
      for (const item of missing) {
        const created = {
          ...item,
          productId: null,
          reserved: 0,
          lowStockThreshold: DEFAULT_LOW_STOCK_THRESHOLD,
          updatedAt: at,
        };
        await this.events.created(manager, created, correlationId);
      }
      return missing.length;
    });
  }
}
