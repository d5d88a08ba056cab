export type { OtlpReceiver, ReceivedDataPoint, ReceivedMetric, ReceivedSpan } from './otlp-receiver';
export { startOtlpReceiver } from './otlp-receiver';
export type { LogLine, RunningService, RunScriptOptions, ScriptResult, StartServiceOptions } from './processes';
export { freePort, runScript, startService } from './processes';
export type {
  FreshDatabaseServiceOptions,
  ServiceOnFreshDatabase,
  ServiceScript,
  TokenOverrides,
} from './service-under-test';
export {
  mariadbUrl,
  runServiceScript,
  serviceEnv,
  startServiceOnFreshDatabase,
  TEST_JWT,
  tokenFor,
  UNREACHABLE_URL,
} from './service-under-test';
export { countRows, createTestDatabase, queryRows, type QueryOptions, type TestDatabase } from './test-database';
export { waitFor } from './wait-for';
export { testMeter, type TestMeter } from './test-meter';
