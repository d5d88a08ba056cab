import type { StockItem } from './stock-item';
import type { StockMovement } from './stock-movement';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10_000;

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
}

export interface StockListCriteria extends PageRequest {
  /** Only SKUs whose available units are at or below their threshold (out of stock included). */
  readonly lowStockOnly: boolean;
  readonly skuPrefix?: string;
}

/** Totals over every SKU, for the stock gauges. */
export interface StockTotals {
  readonly availableUnits: number;
  readonly lowStockItems: number;
}

/** Reads of stock; writes go through StockLedger. Each read makes at most two SQL statements. */
export abstract class StockRepository {
  abstract findBySku(sku: string): Promise<StockItem | null>;

  /** Sorted by SKU. */
  abstract findPage(criteria: StockListCriteria): Promise<Page<StockItem>>;

  /** The SKU's ledger, newest first. */
  abstract findMovements(sku: string, page: PageRequest): Promise<Page<StockMovement>>;

  abstract totals(): Promise<StockTotals>;
}

export function offsetOf(page: PageRequest): number {
  return (page.page - 1) * page.pageSize;
}
