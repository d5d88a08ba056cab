import { DomainError } from '@shop/observability';
import { MAX_LINES_PER_CART, MAX_QUANTITY_PER_LINE } from './cart-limits';

export const CART_ERROR_CODES = [
  'CART_NOT_FOUND',
  'CART_ITEM_NOT_FOUND',
  'PRODUCT_NOT_FOUND',
  'PRODUCT_UNAVAILABLE',
  'INVALID_QUANTITY',
  'QUANTITY_LIMIT_EXCEEDED',
  'CART_LINE_LIMIT_REACHED',
  'CURRENCY_MISMATCH',
  'INVALID_MONEY',
  'CATALOG_UNAVAILABLE',
] as const;
export type CartErrorCode = (typeof CART_ERROR_CODES)[number];

/** No live cart for the guest token (never issued, expired, or merged into a customer's cart). */
export class CartNotFoundError extends DomainError {
  readonly code = 'CART_NOT_FOUND' satisfies CartErrorCode;
  constructor() {
    super('No cart for this cart token; it may have expired. POST /api/cart starts a new one');
  }
}

/** Not an item of the caller's cart: whatever the id, so nobody learns whether another cart has it. */
export class CartItemNotFoundError extends DomainError {
  readonly code = 'CART_ITEM_NOT_FOUND' satisfies CartErrorCode;
  constructor(itemId: string) {
    super(`No item "${itemId.slice(0, 100)}" in this cart`);
  }
}

export class ProductNotFoundError extends DomainError {
  readonly code = 'PRODUCT_NOT_FOUND' satisfies CartErrorCode;
  constructor(productId: string) {
    super(`No product "${productId}" in the catalog`);
  }
}

/** The product exists but is not on sale (a draft or archived). */
export class ProductUnavailableError extends DomainError {
  readonly code = 'PRODUCT_UNAVAILABLE' satisfies CartErrorCode;
  constructor(productId: string) {
    super(`The product "${productId}" is not on sale`);
  }
}

export class InvalidQuantityError extends DomainError {
  readonly code = 'INVALID_QUANTITY' satisfies CartErrorCode;
  constructor(quantity: number) {
    super(`quantity must be a whole number from 1 to ${MAX_QUANTITY_PER_LINE}, not ${quantity}`);
  }
}

/** Adding would take a line above the per-line maximum; nothing was changed. */
export class QuantityLimitExceededError extends DomainError {
  readonly code = 'QUANTITY_LIMIT_EXCEEDED' satisfies CartErrorCode;
  constructor(inCart: number, adding: number) {
    super(
      `A line holds at most ${MAX_QUANTITY_PER_LINE}; the cart has ${inCart} of this product, adding ${adding} would exceed it`,
      { maxQuantityPerLine: MAX_QUANTITY_PER_LINE, inCart },
    );
  }
}

export class CartLineLimitReachedError extends DomainError {
  readonly code = 'CART_LINE_LIMIT_REACHED' satisfies CartErrorCode;
  constructor() {
    super(`A cart holds at most ${MAX_LINES_PER_CART} different products`, { maxLinesPerCart: MAX_LINES_PER_CART });
  }
}

/** One currency per cart: the totals are sums, and a sum of two currencies means nothing. */
export class CurrencyMismatchError extends DomainError {
  readonly code = 'CURRENCY_MISMATCH' satisfies CartErrorCode;
  constructor(cartCurrency: string, productCurrency: string) {
    super(`The cart is in ${cartCurrency}; this product is priced in ${productCurrency}`, {
      cartCurrency,
      productCurrency,
    });
  }
}

/** A programming error (an amount that is not DECIMAL(12,2), two currencies added): a 500. */
export class InvalidMoneyError extends DomainError {
  readonly code = 'INVALID_MONEY' satisfies CartErrorCode;
}

/** The catalog did not answer in time, failed, or answered something unreadable; nothing was changed. */
export class CatalogUnavailableError extends DomainError {
  readonly code = 'CATALOG_UNAVAILABLE' satisfies CartErrorCode;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The catalog is unavailable: ${reason}`);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
