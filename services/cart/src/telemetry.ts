import { join } from 'node:path';
import { startTelemetry, type TelemetryHandle } from '@shop/observability/telemetry';
import { serviceVersion } from '@shop/service-runtime/config';
import { cartConfig } from './config/cart-config';

const config = cartConfig();

/**
 * Started on import, before Nest, http, undici or mysql2 are loaded, so that OpenTelemetry can patch
 * them. main.ts imports this file first; TelemetryShutdown flushes it after the app has closed.
 */
export const telemetry: TelemetryHandle = startTelemetry({
  serviceName: 'cart',
  serviceVersion: serviceVersion(join(__dirname, '..')),
  environment: config.NODE_ENV,
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
  disabled: config.OTEL_SDK_DISABLED,
  metricExportIntervalMs: config.OTEL_METRIC_EXPORT_INTERVAL,
});
