import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { SignInRateLimitedError } from './domain/auth.errors';

/**
 * Limits sign-in attempts per client IP (`request.ip`, which honours X-Forwarded-For from
 * the gateway because the catalog trusts its proxy). The throttler sets `Retry-After` before this
 * throws, so the 429 in the error shape carries it.
 */
@Injectable()
export class LoginRateLimitGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _context: ExecutionContext,
    { timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new SignInRateLimitedError(timeToBlockExpire);
  }
}
