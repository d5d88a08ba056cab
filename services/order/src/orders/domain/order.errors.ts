import { DomainError } from '@shop/observability';

export const ORDER_ERROR_CODES = [
  'ORDER_NOT_FOUND',
  'ORDER_NOT_CANCELLABLE',
  'CART_EMPTY',
  'CART_UNAVAILABLE',
  'MIXED_CURRENCIES',
  'ORDER_TOTAL_TOO_LARGE',
  'IDEMPOTENCY_KEY_REUSED',
  'INVALID_IDEMPOTENCY_KEY',
  'EMAIL_REQUIRED',
  'INVALID_ORDER_QUERY',
  'OWNER_REQUIRED',
  'INVALID_ACCESS_TOKEN',
  'INVALID_CART_TOKEN',
  'CUSTOMER_ROLE_REQUIRED',
] as const;
export type OrderErrorCode = (typeof ORDER_ERROR_CODES)[number];

/** No order with that id belongs to the caller (whether it exists for someone else is not said). */
export class OrderNotFoundError extends DomainError {
  readonly code = 'ORDER_NOT_FOUND' satisfies OrderErrorCode;
  constructor(orderId: string) {
    super(`No order "${orderId.slice(0, 100)}"`);
  }
}

export class OrderNotCancellableError extends DomainError {
  readonly code = 'ORDER_NOT_CANCELLABLE' satisfies OrderErrorCode;
  constructor(orderId: string, status: string) {
    super(`Order ${orderId} is ${status}; only a CONFIRMED order can be cancelled`, { status });
  }
}

export class CartEmptyError extends DomainError {
  readonly code = 'CART_EMPTY' satisfies OrderErrorCode;
  constructor() {
    super('The cart is empty; there is nothing to order');
  }
}

/** The cart service did not answer, or answered with something that is not a cart. */
export class CartUnavailableError extends DomainError {
  readonly code = 'CART_UNAVAILABLE' satisfies OrderErrorCode;
}

export class MixedCurrenciesError extends DomainError {
  readonly code = 'MIXED_CURRENCIES' satisfies OrderErrorCode;
  constructor(currencies: readonly string[]) {
    super(`The cart mixes currencies (${currencies.join(', ')}); an order has one`);
  }
}

export class OrderTotalTooLargeError extends DomainError {
  readonly code = 'ORDER_TOTAL_TOO_LARGE' satisfies OrderErrorCode;
  constructor() {
    super('The order total exceeds what one order may come to');
  }
}

/** The Idempotency-Key was used before by this owner for a different request. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED' satisfies OrderErrorCode;
  constructor() {
    super('This Idempotency-Key was used for a different request; use a new key for a new order');
  }
}

export class InvalidIdempotencyKeyError extends DomainError {
  readonly code = 'INVALID_IDEMPOTENCY_KEY' satisfies OrderErrorCode;
  constructor() {
    super('The Idempotency-Key header is required: 1-100 letters, digits, dots, underscores, colons or dashes');
  }
}

export class EmailRequiredError extends DomainError {
  readonly code = 'EMAIL_REQUIRED' satisfies OrderErrorCode;
  constructor() {
    super('A guest checkout needs an email address');
  }
}

export class InvalidOrderQueryError extends DomainError {
  readonly code = 'INVALID_ORDER_QUERY' satisfies OrderErrorCode;
}

export class OwnerRequiredError extends DomainError {
  readonly code = 'OWNER_REQUIRED' satisfies OrderErrorCode;
  constructor() {
    super('Sign in (Authorization: Bearer) or send the cart token (X-Cart-Token)');
  }
}

export class InvalidAccessTokenError extends DomainError {
  readonly code = 'INVALID_ACCESS_TOKEN' satisfies OrderErrorCode;
  constructor() {
    super('The access token is invalid or expired');
  }
}

export class InvalidCartTokenError extends DomainError {
  readonly code = 'INVALID_CART_TOKEN' satisfies OrderErrorCode;
  constructor() {
    super('The cart token is not one the cart service issues');
  }
}

/** A valid token without the customer role (an operator's) on a storefront route. */
export class CustomerRoleRequiredError extends DomainError {
  readonly code = 'CUSTOMER_ROLE_REQUIRED' satisfies OrderErrorCode;
  constructor() {
    super('Orders are placed and read with a customer account');
  }
}
