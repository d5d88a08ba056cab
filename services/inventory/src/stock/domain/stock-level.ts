export const STOCK_STATUSES = ['in-stock', 'low', 'out-of-stock'] as const;
/** What the storefront shows for a SKU. */
export type StockStatus = (typeof STOCK_STATUSES)[number];

/** The numbers of one SKU that decide what can be sold. */
export interface StockLevel {
  readonly onHand: number;
  readonly reserved: number;
  readonly lowStockThreshold: number;
}

/** Units that can still be reserved: on hand minus those held for orders. */
export function availableOf(level: StockLevel): number {
  return level.onHand - level.reserved;
}

/** `low` when the available units are at or below the threshold but not zero. */
export function stockStatusOf(level: StockLevel): StockStatus {
  const available = availableOf(level);
  if (available <= 0) return 'out-of-stock';
  return available <= level.lowStockThreshold ? 'low' : 'in-stock';
}

function atOrBelowThreshold(level: StockLevel): boolean {
  return availableOf(level) <= level.lowStockThreshold;
}

/** One SKU's level before and after a committed change. */
export interface StockTransition {
  readonly sku: string;
  readonly before: StockLevel;
  readonly after: StockLevel;
}

export function statusChanged({ before, after }: StockTransition): boolean {
  return stockStatusOf(before) !== stockStatusOf(after);
}

/** The change took the SKU from above its threshold to at or below it: one alert per crossing. */
export function crossedIntoLowStock({ before, after }: StockTransition): boolean {
  return !atOrBelowThreshold(before) && atOrBelowThreshold(after);
}
