import { DomainError } from '@shop/observability';

export const PRODUCT_ERROR_CODES = [
  'PRODUCT_NOT_FOUND',
  'PRODUCTS_NOT_FOUND',
  'SKU_TAKEN',
  'PRODUCT_SLUG_TAKEN',
  'INVALID_PRICE',
  'INVALID_PRICE_RANGE',
  'INVALID_PRODUCT_REFERENCE',
  'INVALID_PRODUCT_QUERY',
  'UNKNOWN_CATEGORY_FILTER',
  'UNKNOWN_CATEGORIES',
  'PRODUCT_CHANGED_CONCURRENTLY',
] as const;
export type ProductErrorCode = (typeof PRODUCT_ERROR_CODES)[number];

export class ProductNotFoundError extends DomainError {
  readonly code = 'PRODUCT_NOT_FOUND' satisfies ProductErrorCode;
  constructor(reference: string) {
    super(`No product "${reference}"`);
  }
}

/** A bulk change named products that do not exist; nothing was changed. */
export class ProductsNotFoundError extends DomainError {
  readonly code = 'PRODUCTS_NOT_FOUND' satisfies ProductErrorCode;
  constructor(readonly missingIds: readonly string[]) {
    super(`${missingIds.length} of the products do not exist; nothing was changed`, { missingIds });
  }
}

export class SkuTakenError extends DomainError {
  readonly code = 'SKU_TAKEN' satisfies ProductErrorCode;
  constructor(sku: string) {
    super(`Another product already has the SKU "${sku}"`);
  }
}

export class ProductSlugTakenError extends DomainError {
  readonly code = 'PRODUCT_SLUG_TAKEN' satisfies ProductErrorCode;
  constructor(slug: string) {
    super(`Another product already has the slug "${slug}"`);
  }
}

export class InvalidPriceError extends DomainError {
  readonly code = 'INVALID_PRICE' satisfies ProductErrorCode;
}

export class InvalidPriceRangeError extends DomainError {
  readonly code = 'INVALID_PRICE_RANGE' satisfies ProductErrorCode;
  constructor(minPrice: string, maxPrice: string) {
    super(`minPrice (${minPrice}) must not be greater than maxPrice (${maxPrice})`);
  }
}

export class InvalidProductReferenceError extends DomainError {
  readonly code = 'INVALID_PRODUCT_REFERENCE' satisfies ProductErrorCode;
  constructor(reference: string) {
    super(`"${reference.slice(0, 200)}" is neither a product id (UUID) nor a slug`);
  }
}

export class InvalidProductQueryError extends DomainError {
  readonly code = 'INVALID_PRODUCT_QUERY' satisfies ProductErrorCode;
}

/** The list was filtered by a category slug that does not exist. */
export class UnknownCategoryFilterError extends DomainError {
  readonly code = 'UNKNOWN_CATEGORY_FILTER' satisfies ProductErrorCode;
  constructor(slug: string) {
    super(`No category "${slug}"`);
  }
}

/** A product was to be listed in categories that do not exist; nothing was changed. */
export class UnknownCategoriesError extends DomainError {
  readonly code = 'UNKNOWN_CATEGORIES' satisfies ProductErrorCode;
  constructor(readonly missingIds: readonly string[]) {
    super(`No categories ${missingIds.join(', ')}; nothing was changed`, { missingIds });
  }
}

/** Others kept changing the product while this change was being made, more often than it was tried again. */
export class ProductChangedConcurrentlyError extends DomainError {
  readonly code = 'PRODUCT_CHANGED_CONCURRENTLY' satisfies ProductErrorCode;
  constructor(id: string, attempts: number) {
    super(`Product ${id} was changed by others ${attempts} times while this change was made; nothing was changed`);
  }
}
