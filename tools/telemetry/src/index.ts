export {
  MAX_EXPORT_BYTES,
  startTelemetryCollector,
  type TelemetryCollector,
  type TelemetryCollectorOptions,
} from './collector';
export { telemetryConfigSchema, type TelemetryConfig } from './config';
export type { ForwardingStats } from './forwarding/otlp-forwarder';
export { Retention, type RetentionOptions, type SweepResult } from './store/retention';
export { SCHEMA, SCHEMA_VERSION } from './store/schema';
export { openTelemetryDatabase } from './store/telemetry-database';
