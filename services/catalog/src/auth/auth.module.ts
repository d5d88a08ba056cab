import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@shop/service-runtime';
import { GetAccountQuery } from './application/get-account.query';
import { LoginUseCase } from './application/login.use-case';
import { SignUpUseCase } from './application/sign-up.use-case';
import { AuthController } from './auth.controller';
import { CustomerAccountEntity } from './infrastructure/customer-account.entity';
import { CustomerAccountRepository } from './infrastructure/customer-account.repository';
import { OperatorAccountEntity } from './infrastructure/operator-account.entity';
import { OperatorAccountRepository } from './infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from './infrastructure/scrypt-password-hasher';
import { LoginRateLimitGuard } from './login-rate-limit.guard';

export interface CatalogAuthOptions {
  /** Sign-in attempts allowed per client IP per minute (LOGIN_RATE_LIMIT_PER_MINUTE); sign-ups counted apart. */
  loginRateLimitPerMinute: number;
}

const ONE_MINUTE_MS = 60_000;

/**
 * The shop's accounts (`/api/auth`): operator and customer sign-in, customer sign-up, the signed-in
 * account. Token verification for every route comes from `AuthModule.forRoot` in the app module; this
 * module signs the tokens.
 */
@Module({})
export class CatalogAuthModule {
  static register(options: CatalogAuthOptions): DynamicModule {
    return {
      module: CatalogAuthModule,
      imports: [
        TypeOrmModule.forFeature([OperatorAccountEntity, CustomerAccountEntity]),
        // Only the sign-in and sign-up routes use the guard, so only they are limited (no global ThrottlerGuard).
        ThrottlerModule.forRoot({ throttlers: [{ ttl: ONE_MINUTE_MS, limit: options.loginRateLimitPerMinute }] }),
      ],
      controllers: [AuthController],
      providers: [
        LoginUseCase,
        SignUpUseCase,
        GetAccountQuery,
        OperatorAccountRepository,
        CustomerAccountRepository,
        { provide: ScryptPasswordHasher, useValue: new ScryptPasswordHasher() },
        { provide: Clock, useClass: SystemClock },
        LoginRateLimitGuard,
      ],
    };
  }
}
