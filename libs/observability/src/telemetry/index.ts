export { buildSdkConfiguration } from './sdk-configuration';
export { startTelemetry } from './start-telemetry';
export type { TelemetryHandle, TelemetryOptions } from './telemetry-options';
