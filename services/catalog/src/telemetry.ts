import { startTelemetry, type TelemetryHandle } from '@shop/observability/telemetry';
import { serviceVersion } from '@shop/service-runtime/config';
import { join } from 'node:path';
import { catalogConfig } from './config/catalog-config';

const config = catalogConfig();

/**
 * Started on import, before Nest, http or mysql2 are loaded, so that OpenTelemetry can patch them.
 * main.ts imports this file first; AppModule's telemetry shutdown provider flushes it on close.
 */
export const telemetry: TelemetryHandle = startTelemetry({
  serviceName: 'catalog',
  serviceVersion: serviceVersion(join(__dirname, '..')),
  environment: config.NODE_ENV,
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
  disabled: config.OTEL_SDK_DISABLED,
  metricExportIntervalMs: config.OTEL_METRIC_EXPORT_INTERVAL,
});
