import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, ApplicationConfig } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { metrics } from '@opentelemetry/api';
import { LoggerModule } from 'nestjs-pino';
import { ErrorResponseFilter } from './errors/error-response.filter';
import { HealthController } from './health/health.controller';
import { HttpRouteInterceptor } from './http/http-route.interceptor';
import { RequestIdMiddleware } from './http/request-id.middleware';
import { OBSERVABILITY_METER, RequestMetrics } from './http/request-metrics';
import { RequestMetricsMiddleware } from './http/request-metrics.middleware';
import { buildLoggerParams } from './logging/logger-params';
import { LogLevelController } from './logging/log-level.controller';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability-options';

// Optional braces around the slash: with a global prefix this also covers the prefix root itself.
const EVERY_ROUTE = { path: '{/*splat}', method: RequestMethod.ALL };

/**
 * Everything a service needs to be observable, in one import: JSON request logs with trace ids
 * (nestjs-pino; call `app.useLogger(app.get(Logger))` in main), the route on the HTTP server span, RED
 * metrics per route, the error shape for every failure, `health/live` and `health/ready`, and
 * `admin/log-level`. Pair with `startTelemetry` from `@shop/observability/telemetry`, called first in main.
 */
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [
        LoggerModule.forRoot(buildLoggerParams(options.serviceName, options.logLevel)),
        // The exception filter logs a failed readiness check once; terminus's own log would repeat it.
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, LogLevelController],
      providers: [
        { provide: OBSERVABILITY_OPTIONS, useValue: options },
        { provide: OBSERVABILITY_METER, useFactory: () => metrics.getMeter('@shop/observability') },
        RequestMetrics,
        { provide: APP_INTERCEPTOR, useClass: HttpRouteInterceptor },
        { provide: APP_FILTER, useClass: ErrorResponseFilter },
      ],
    };
  }

  constructor(private readonly applicationConfig: ApplicationConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    // Paths excluded from the global prefix (the catalog's /api/auth) are served outside it: add them back.
    const excluded = (this.applicationConfig.getGlobalPrefixOptions().exclude ?? []).map(({ path, requestMethod }) => ({
      path,
      method: requestMethod,
    }));
    consumer.apply(RequestIdMiddleware, RequestMetricsMiddleware).forRoutes(EVERY_ROUTE, ...excluded);
  }
}
