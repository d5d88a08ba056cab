import { DomainError } from '@shop/observability';

export const STOCK_ERROR_CODES = [
  'STOCK_ITEM_NOT_FOUND',
  'INSUFFICIENT_STOCK',
  'INVALID_SKU',
  'INVALID_STOCK_CHANGE',
] as const;
export type StockErrorCode = (typeof STOCK_ERROR_CODES)[number];

export class StockItemNotFoundError extends DomainError {
  readonly code = 'STOCK_ITEM_NOT_FOUND' satisfies StockErrorCode;
  constructor(sku: string) {
    super(`No stock item for SKU "${sku}"`);
  }
}

/** The change would take on-hand units below those reserved for orders (or below zero); nothing changed. */
export class InsufficientStockError extends DomainError {
  readonly code = 'INSUFFICIENT_STOCK' satisfies StockErrorCode;
  constructor(sku: string, available: number) {
    super(`SKU "${sku}" has ${available} units available; the change would go below what is reserved`, {
      sku,
      available,
    });
  }
}

export class InvalidSkuError extends DomainError {
  readonly code = 'INVALID_SKU' satisfies StockErrorCode;
  constructor(sku: string) {
    super(`"${sku.slice(0, 100)}" is not a SKU`);
  }
}

export class InvalidStockChangeError extends DomainError {
  readonly code = 'INVALID_STOCK_CHANGE' satisfies StockErrorCode;
}
