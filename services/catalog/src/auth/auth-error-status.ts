import { HttpStatus } from '@nestjs/common';
import type { AuthErrorCode } from './domain/auth.errors';

/** HTTP status of each sign-in error; a new code without a case here does not compile. */
export function mapAuthError(code: AuthErrorCode): number {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return HttpStatus.UNAUTHORIZED;
    case 'RATE_LIMITED':
      return HttpStatus.TOO_MANY_REQUESTS;
  }
}
