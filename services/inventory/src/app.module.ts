import { Module, ValidationPipe } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AuthModule } from '@shop/auth';
import { EventBusPublishingModule } from '@shop/event-bus';
import { ObservabilityModule } from '@shop/observability';
import { serviceTypeOrmModule, telemetryShutdownProvider } from '@shop/service-runtime';
import { inventoryConfig } from './config/inventory-config';
import { mapDomainError } from './errors/inventory-error-status';
import { inventoryDataSourceOptions } from './persistence/data-source-options';
import { ReservationsModule } from './reservations/reservations.module';
import { StockModule } from './stock/stock.module';
import { telemetry } from './telemetry';

const config = inventoryConfig();

@Module({
  imports: [
    ObservabilityModule.forRoot({
      serviceName: 'inventory',
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
    serviceTypeOrmModule(inventoryDataSourceOptions(config.DATABASE_URL)),
    // The relay runs in this process; readiness stays on the database alone, so an unreachable event bus
    // leaves reads serving while events wait in the outbox.
    EventBusPublishingModule.forRoot({
      prefix: config.SHOP_RESOURCE_PREFIX,
      region: config.AWS_REGION,
      accountId: config.AWS_ACCOUNT_ID,
      faults: config.SHOP_FAULTS,
    }),
    StockModule,
    ReservationsModule.register({ sweepIntervalMs: config.RESERVATION_SWEEP_INTERVAL_MS }),
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
