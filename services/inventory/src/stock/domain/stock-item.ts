import type { StockLevel } from './stock-level';

/** The stock of one SKU. `productId` is null until the catalog's ProductCreated names the product. */
export interface StockItem extends StockLevel {
  readonly sku: string;
  readonly productId: string | null;
  readonly updatedAt: Date;
}

export const DEFAULT_LOW_STOCK_THRESHOLD = 5;
export const MAX_LOW_STOCK_THRESHOLD = 100_000;
