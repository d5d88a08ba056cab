import { DomainError } from '@shop/observability';

export const AUTH_ERROR_CODES = ['INVALID_CREDENTIALS', 'RATE_LIMITED'] as const;
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
