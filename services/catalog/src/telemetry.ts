import { startTelemetry, type TelemetryHandle } from '@shop/observability/telemetry';
import { catalogConfig } from './config/catalog-config';
import { serviceVersion } from './service-version';

const config = catalogConfig();

/**
 * Started on import, before Nest, http or mysql2 are loaded, so that OpenTelemetry can patch them.
 * main.ts imports this file first and shuts it down after the app has closed.
 */
export const telemetry: TelemetryHandle = startTelemetry({
  serviceName: 'catalog',
  serviceVersion: serviceVersion(),
  environment: config.NODE_ENV,
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
  disabled: config.OTEL_SDK_DISABLED,
  metricExportIntervalMs: config.OTEL_METRIC_EXPORT_INTERVAL,
});
