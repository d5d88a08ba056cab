import { DomainError } from '@shop/observability';

export const OWNER_ERROR_CODES = [
  'OWNER_REQUIRED',
  'INVALID_ACCESS_TOKEN',
  'INVALID_CART_TOKEN',
  'CUSTOMER_ROLE_REQUIRED',
  'CUSTOMER_TOKEN_REQUIRED',
  'CART_TOKEN_REQUIRED',
] as const;
export type OwnerErrorCode = (typeof OWNER_ERROR_CODES)[number];

/** Neither a bearer token nor a cart token. */
export class OwnerRequiredError extends DomainError {
  readonly code = 'OWNER_REQUIRED' satisfies OwnerErrorCode;
  constructor() {
    super('A customer bearer token or an X-Cart-Token header is required');
  }
}

/** The bearer token failed verification (one message whatever the reason, which goes to the log only). */
export class InvalidAccessTokenError extends DomainError {
  readonly code = 'INVALID_ACCESS_TOKEN' satisfies OwnerErrorCode;
  constructor() {
    super('The access token is invalid or expired');
  }
}

export class InvalidCartTokenError extends DomainError {
  readonly code = 'INVALID_CART_TOKEN' satisfies OwnerErrorCode;
  constructor() {
    super('X-Cart-Token must be the 43-character token POST /api/cart issued');
  }
}

/** A valid token of an operator (or anyone else without the customer role): carts are for customers. */
export class CustomerRoleRequiredError extends DomainError {
  readonly code = 'CUSTOMER_ROLE_REQUIRED' satisfies OwnerErrorCode;
  constructor() {
    super('Carts belong to customers: the token lacks the customer role');
  }
}

export class CustomerTokenRequiredError extends DomainError {
  readonly code = 'CUSTOMER_TOKEN_REQUIRED' satisfies OwnerErrorCode;
  constructor() {
    super('A customer bearer token is required');
  }
}

export class CartTokenRequiredError extends DomainError {
  readonly code = 'CART_TOKEN_REQUIRED' satisfies OwnerErrorCode;
  constructor() {
    super('X-Cart-Token names the guest cart to merge');
  }
}
