import { queryRows } from '@shop/testing';

export interface StockRow {
  sku: string;
  productId: string | null;
  onHand: number;
  reserved: number;
}

/** Reads inventory's tables directly, to check what the API and the consumers must have written. */
export class StockDatabase {
  constructor(private readonly url: string) {}

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return queryRows<T>(this.url, sql, params, { supportBigNumbers: true });
  }

  async stock(sku: string): Promise<StockRow | undefined> {
    const [row] = await this.query<StockRow>(
      'SELECT sku, product_id AS productId, on_hand AS onHand, reserved FROM stock_items WHERE sku = ?',
      [sku],
    );
    return row;
  }

  async movementCount(sku?: string): Promise<number> {
    const [row] = await this.query<{ total: number }>(
      `SELECT COUNT(*) AS total FROM stock_movements${sku === undefined ? '' : ' WHERE sku = ?'}`,
      sku === undefined ? [] : [sku],
    );
    return Number(row?.total);
  }

  /** SKUs whose movements do not sum to their on-hand and reserved units: must always be none. */
  async ledgerMismatches(): Promise<unknown[]> {
    return this.query(
      'SELECT s.sku, s.on_hand, s.reserved, COALESCE(SUM(m.on_hand_delta), 0) AS on_hand_sum, ' +
        'COALESCE(SUM(m.reserved_delta), 0) AS reserved_sum FROM stock_items s ' +
        'LEFT JOIN stock_movements m ON m.sku = s.sku GROUP BY s.sku, s.on_hand, s.reserved ' +
        'HAVING on_hand_sum <> s.on_hand OR reserved_sum <> s.reserved',
    );
  }

  /** Movements that left a SKU oversold or negative: must always be none. */
  async impossibleMovements(): Promise<unknown[]> {
    return this.query(
      'SELECT * FROM stock_movements WHERE on_hand_after < 0 OR reserved_after < 0 OR reserved_after > on_hand_after',
    );
  }

  async outboxTypes(sku: string): Promise<string[]> {
    const rows = await this.query<{ type: string; destination: string }>(
      'SELECT type, destination FROM outbox_events WHERE envelope LIKE ? ORDER BY created_at, type, destination',
      [`%"sku":"${sku}"%`],
    );
    return rows.map((row) => `${row.type} -> ${row.destination}`);
  }
}
