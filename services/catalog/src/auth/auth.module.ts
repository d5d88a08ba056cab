import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoginUseCase } from './application/login.use-case';
import { OperatorAccountEntity } from './infrastructure/operator-account.entity';
import { OperatorAccountRepository } from './infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from './infrastructure/scrypt-password-hasher';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { LoginController } from './login.controller';

export interface CatalogAuthOptions {
  /** Sign-in attempts allowed per client IP per minute (LOGIN_RATE_LIMIT_PER_MINUTE). */
  loginRateLimitPerMinute: number;
}

const ONE_MINUTE_MS = 60_000;

/**
 * Operator sign-in (`POST /api/auth/login`). Token verification for every route comes from
 * `AuthModule.forRoot` in the app module; this module only signs tokens for operators.
 */
@Module({})
export class CatalogAuthModule {
  static register(options: CatalogAuthOptions): DynamicModule {
    return {
      module: CatalogAuthModule,
      imports: [
        TypeOrmModule.forFeature([OperatorAccountEntity]),
        // Only LoginController uses the guard, so only sign-in is limited (no global ThrottlerGuard).
        ThrottlerModule.forRoot({ throttlers: [{ ttl: ONE_MINUTE_MS, limit: options.loginRateLimitPerMinute }] }),
      ],
      controllers: [LoginController],
      providers: [
        LoginUseCase,
        OperatorAccountRepository,
        { provide: ScryptPasswordHasher, useValue: new ScryptPasswordHasher() },
        LoginRateLimitGuard,
      ],
    };
  }
}
