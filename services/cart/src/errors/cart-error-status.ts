import { HttpStatus } from '@nestjs/common';
import type { DomainError } from '@shop/observability';
import { CART_ERROR_CODES, type CartErrorCode } from '../cart/domain/cart.errors';
import { OWNER_ERROR_CODES, type OwnerErrorCode } from '../cart/domain/owner.errors';

type CartServiceErrorCode = CartErrorCode | OwnerErrorCode;

const CODES: ReadonlySet<string> = new Set<CartServiceErrorCode>([...CART_ERROR_CODES, ...OWNER_ERROR_CODES]);

/** HTTP status of each cart error code; a new code without a case here does not compile. */
export function cartErrorStatus(code: CartServiceErrorCode): number {
  switch (code) {
    case 'INVALID_QUANTITY':
    case 'CART_TOKEN_REQUIRED':
      return HttpStatus.BAD_REQUEST;
    case 'OWNER_REQUIRED':
    case 'INVALID_ACCESS_TOKEN':
    case 'INVALID_CART_TOKEN':
    case 'CUSTOMER_TOKEN_REQUIRED':
      return HttpStatus.UNAUTHORIZED;
    case 'CUSTOMER_ROLE_REQUIRED':
      return HttpStatus.FORBIDDEN;
    case 'CART_NOT_FOUND':
    case 'CART_ITEM_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'PRODUCT_NOT_FOUND':
    case 'PRODUCT_UNAVAILABLE':
    case 'QUANTITY_LIMIT_EXCEEDED':
    case 'CART_LINE_LIMIT_REACHED':
    case 'CURRENCY_MISMATCH':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'CATALOG_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'INVALID_MONEY':
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

function isCartCode(code: string): code is CartServiceErrorCode {
  return CODES.has(code);
}

/** For ObservabilityModule: the status of any domain error this service throws; anything else is a 500. */
export function mapDomainError(error: DomainError): number {
  return isCartCode(error.code) ? cartErrorStatus(error.code) : HttpStatus.INTERNAL_SERVER_ERROR;
}
