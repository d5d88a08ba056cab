import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';
import { TokenService } from './token.service';

/**
 * Token verification for a whole service: import `AuthModule.forRoot(settings)` once in the app
 * module. Every route then needs a valid bearer token unless marked `@Public()`; `@Roles(...)`
 * narrows it further. TokenService is injectable everywhere (the catalog's sign-in uses it to sign).
 */
@Module({})
export class AuthModule {
  static forRoot(settings: AuthSettings): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        TokenService,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenService],
    };
  }
}
