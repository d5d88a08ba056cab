import { Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AuthModule } from '@shop/auth';
import { EventBusPublishingModule } from '@shop/event-bus';
import { ObservabilityModule } from '@shop/observability';
import { serviceTypeOrmModule, telemetryShutdownProvider } from '@shop/service-runtime';
import { CatalogAuthModule } from './auth';
import { CategoriesModule } from './categories/categories.module';
import { catalogConfig } from './config/catalog-config';
import { mapDomainError } from './errors/catalog-error-status';
import { ImagesModule } from './images/images.module';
import { catalogDataSourceOptions } from './persistence/data-source-options';
import { ProductsModule } from './products/products.module';
import { StockModule } from './stock/stock.module';
import { telemetry } from './telemetry';

const config = catalogConfig();

@Module({
  imports: [
    ObservabilityModule.forRoot({
      serviceName: 'catalog',
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
    serviceTypeOrmModule(catalogDataSourceOptions(config.DATABASE_URL)),
    // The relay runs in this process; readiness stays on the database alone, so an unreachable event bus
    // leaves the storefront serving while events wait in the outbox.
    EventBusPublishingModule.forRoot({
      prefix: config.SHOP_RESOURCE_PREFIX,
      region: config.AWS_REGION,
      accountId: config.AWS_ACCOUNT_ID,
      faults: config.SHOP_FAULTS,
    }),
    CatalogAuthModule.register({ loginRateLimitPerMinute: config.LOGIN_RATE_LIMIT_PER_MINUTE }),
    CategoriesModule,
    ProductsModule,
    ImagesModule,
    StockModule,
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
