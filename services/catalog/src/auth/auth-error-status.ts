import { HttpStatus } from '@nestjs/common';
import type { AuthErrorCode } from './domain/auth.errors';

/** HTTP status of each sign-in and sign-up error; a new code without a case here does not compile. */
export function mapAuthError(code: AuthErrorCode): number {
  switch (code) {
    case 'INVALID_CREDENTIALS':
    case 'ACCOUNT_NOT_FOUND':
      return HttpStatus.UNAUTHORIZED;
    case 'RATE_LIMITED':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'EMAIL_TAKEN':
      return HttpStatus.CONFLICT;
  }
}
