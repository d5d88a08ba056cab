import { HttpStatus } from '@nestjs/common';
import type { DomainError } from '@shop/observability';
import { ORDER_ERROR_CODES, type OrderErrorCode } from '../orders/domain/order.errors';

const CODES: ReadonlySet<string> = new Set<OrderErrorCode>(ORDER_ERROR_CODES);

/** HTTP status of each order error code; a new code without a case here does not compile. */
export function orderErrorStatus(code: OrderErrorCode): number {
  switch (code) {
    case 'ORDER_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'ORDER_NOT_CANCELLABLE':
      return HttpStatus.CONFLICT;
    case 'CART_EMPTY':
    case 'MIXED_CURRENCIES':
    case 'ORDER_TOTAL_TOO_LARGE':
    case 'IDEMPOTENCY_KEY_REUSED':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'INVALID_IDEMPOTENCY_KEY':
    case 'EMAIL_REQUIRED':
    case 'INVALID_ORDER_QUERY':
      return HttpStatus.BAD_REQUEST;
    case 'OWNER_REQUIRED':
    case 'INVALID_ACCESS_TOKEN':
    case 'INVALID_CART_TOKEN':
      return HttpStatus.UNAUTHORIZED;
    case 'CUSTOMER_ROLE_REQUIRED':
      return HttpStatus.FORBIDDEN;
    case 'CART_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}

function isOrderCode(code: string): code is OrderErrorCode {
  return CODES.has(code);
}

/** For ObservabilityModule: the status of any domain error this service throws; anything else is a 500. */
export function mapDomainError(error: DomainError): number {
  return isOrderCode(error.code) ? orderErrorStatus(error.code) : HttpStatus.INTERNAL_SERVER_ERROR;
}
