import { DomainError } from '@shop/observability';

export const AUTH_ERROR_CODES = ['INVALID_CREDENTIALS', 'RATE_LIMITED', 'EMAIL_TAKEN', 'ACCOUNT_NOT_FOUND'] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/**
 * The one answer to a failed sign-in, whether the email is unknown, the password wrong or the account
 * disabled, so that the response never tells which accounts exist.
 */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS' satisfies AuthErrorCode;
  constructor() {
    super('The email or password is wrong');
  }
}

/** Too many sign-in attempts from one client address within the window. */
export class SignInRateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' satisfies AuthErrorCode;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts; retry in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
  }
}

/**
 * A sign-up with an email that already has an account, customer or operator: the same words either
 * way, and without the address, so the answer says no more than that the email is taken.
 */
export class EmailTakenError extends DomainError {
  readonly code = 'EMAIL_TAKEN' satisfies AuthErrorCode;
  constructor() {
    super('An account with this email already exists');
  }
}

/** A valid token whose account no longer exists (deleted since the token was issued). */
export class AccountNotFoundError extends DomainError {
  readonly code = 'ACCOUNT_NOT_FOUND' satisfies AuthErrorCode;
  constructor() {
    super('The account of this token no longer exists');
  }
}
