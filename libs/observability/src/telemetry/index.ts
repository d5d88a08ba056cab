export { HttpServerMetrics, UNMATCHED_ROUTE, type ServedRequest } from './http-server-metrics';
export { setHttpServerRoute } from './http-server-route';
export { buildSdkConfiguration } from './sdk-configuration';
export { startTelemetry } from './start-telemetry';
export type { TelemetryHandle, TelemetryOptions } from './telemetry-options';
// For a process that logs with pino outside Nest (the gateway): the same trace ids and OTLP copy as the services.
export { serviceLogDestination } from '../logging/log-destination';
export { traceFields } from '../logging/trace-fields';
