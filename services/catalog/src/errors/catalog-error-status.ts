import { HttpStatus } from '@nestjs/common';
import type { DomainError } from '@shop/observability';
import { AUTH_ERROR_CODES, mapAuthError, type AuthErrorCode } from '../auth';
import { CATEGORY_ERROR_CODES, type CategoryErrorCode } from '../categories/domain/category.errors';
import { IMAGE_ERROR_CODES, type ImageErrorCode } from '../images/domain/image.errors';
import { PRODUCT_ERROR_CODES, type ProductErrorCode } from '../products/domain/product.errors';
import { SHARED_ERROR_CODES, type SharedErrorCode } from '../shared/domain/shared.errors';

type CatalogErrorCode = ProductErrorCode | CategoryErrorCode | ImageErrorCode | SharedErrorCode;

const CATALOG_ERROR_CODES: ReadonlySet<string> = new Set<CatalogErrorCode>([
  ...PRODUCT_ERROR_CODES,
  ...CATEGORY_ERROR_CODES,
  ...IMAGE_ERROR_CODES,
  ...SHARED_ERROR_CODES,
]);
const SIGN_IN_ERROR_CODES: ReadonlySet<string> = new Set<AuthErrorCode>(AUTH_ERROR_CODES);

/** HTTP status of each catalog error code; a new code without a case here does not compile. */
export function catalogErrorStatus(code: CatalogErrorCode): number {
  switch (code) {
    case 'PRODUCT_NOT_FOUND':
    case 'CATEGORY_NOT_FOUND':
    case 'UNKNOWN_CATEGORY_FILTER':
    case 'IMAGE_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'SKU_TAKEN':
    case 'PRODUCT_SLUG_TAKEN':
    case 'TOO_MANY_IMAGES':
    case 'CATEGORY_SLUG_TAKEN':
    case 'PRODUCT_CHANGED_CONCURRENTLY':
      return HttpStatus.CONFLICT;
    case 'INVALID_PRICE':
    case 'INVALID_PRICE_RANGE':
    case 'INVALID_PRODUCT_REFERENCE':
    case 'INVALID_PRODUCT_QUERY':
    case 'INVALID_CATEGORY_ID':
    case 'INVALID_SLUG':
    case 'INVALID_IMAGE':
    case 'INVALID_IMAGE_KEY':
      return HttpStatus.BAD_REQUEST;
    case 'PRODUCTS_NOT_FOUND':
    case 'UNKNOWN_CATEGORIES':
    case 'CATEGORY_CYCLE':
    case 'CATEGORY_TOO_DEEP':
    case 'CATEGORY_ORDER_MISMATCH':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'IMAGE_STORE_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

function isCatalogCode(code: string): code is CatalogErrorCode {
  return CATALOG_ERROR_CODES.has(code);
}

function isSignInCode(code: string): code is AuthErrorCode {
  return SIGN_IN_ERROR_CODES.has(code);
}

/** For ObservabilityModule: the status of any domain error this service throws; anything else is a 500. */
export function mapDomainError(error: DomainError): number {
  if (isCatalogCode(error.code)) return catalogErrorStatus(error.code);
  if (isSignInCode(error.code)) return mapAuthError(error.code);
  return HttpStatus.INTERNAL_SERVER_ERROR;
}
