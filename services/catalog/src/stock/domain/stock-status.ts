/** What inventory reports about a SKU (`inventory.stock.status-changed.v1`). */
export const REPORTED_STOCK_STATUSES = ['in-stock', 'low', 'out-of-stock'] as const;
export type ReportedStockStatus = (typeof REPORTED_STOCK_STATUSES)[number];

/** What the storefront shows: `unknown` until inventory has reported on the SKU. */
export const STOCK_STATUSES = [...REPORTED_STOCK_STATUSES, 'unknown'] as const;
export type StockStatus = (typeof STOCK_STATUSES)[number];

/** A SKU's stock status as of a moment in inventory's time; a later report supersedes it. */
export interface StockStatusReport {
  sku: string;
  status: ReportedStockStatus;
  asOf: Date;
}

/**
 * What became of a report: `recorded` (the SKU now shows it), `stale` (the catalog already holds a
 * report as new or newer: deliveries are unordered), `duplicate` (this event was handled before).
 */
export type RecordOutcome = 'recorded' | 'stale' | 'duplicate';

export function shownStockStatus(reported: ReportedStockStatus | undefined): StockStatus {
  return reported ?? 'unknown';
}
