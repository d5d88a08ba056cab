export type { OtlpReceiver, ReceivedDataPoint, ReceivedMetric, ReceivedSpan } from './otlp-receiver';
export { startOtlpReceiver } from './otlp-receiver';
export type { LogLine, RunningService, RunScriptOptions, ScriptResult, StartServiceOptions } from './processes';
export { freePort, runScript, startService } from './processes';
export { createTestDatabase, type TestDatabase } from './test-database';
export { waitFor } from './wait-for';
