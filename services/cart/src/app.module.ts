import { Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AuthModule } from '@shop/auth';
import { ObservabilityModule } from '@shop/observability';
import { serviceTypeOrmModule, telemetryShutdownProvider } from '@shop/service-runtime';
import { CartModule } from './cart/cart.module';
import { cartConfig } from './config/cart-config';
import { mapDomainError } from './errors/cart-error-status';
import { cartDataSourceOptions } from './persistence/data-source-options';
import { telemetry } from './telemetry';

const config = cartConfig();

@Module({
  imports: [
    ObservabilityModule.forRoot({
      serviceName: 'cart',
      environment: config.NODE_ENV,
      logLevel: config.LOG_LEVEL,
      mapDomainError,
      readiness: { database: true },
    }),
    AuthModule.forRoot({
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ttlSeconds: config.JWT_TTL_SECONDS,
    }),
    serviceTypeOrmModule(cartDataSourceOptions(config.DATABASE_URL)),
    CartModule,
  ],
  providers: [
    telemetryShutdownProvider(telemetry),
    // The one list of global providers this service adds (ObservabilityModule brings the error filter
    // and the request interceptor, AuthModule the token guard).
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class AppModule {}
