export { Clock, SystemClock } from './application/clock';
export { runService, type RunServiceOptions } from './bootstrap/run-service';
export { JsonBodyInterceptor, ReadsMultipartBody } from './bootstrap/json-body.interceptor';
export { serviceVersion } from './bootstrap/service-version';
export { TelemetryShutdown, telemetryShutdownProvider } from './bootstrap/telemetry-shutdown';
export {
  awsSdkEnvironment,
  configLoader,
  serviceConfigSchema,
  type ServiceConfig,
  type ServiceDefaults,
} from './config/service-config';
export { checkDrift } from './persistence/check-drift';
export {
  serviceDataSourceOptions,
  type DataSourceOptionsFor,
  type ServiceSchema,
} from './persistence/data-source-options';
export { createDatabaseIfMissing, dropDatabaseIfExists, isMariaDb } from './persistence/database-admin';
export { databaseLocation, type DatabaseLocation } from './persistence/database-location';
export { migrateDatabase } from './persistence/migrate';
export { duplicateKeyOf } from './persistence/mysql-errors';
export { runCli } from './persistence/run-cli';
export { serviceTypeOrmModule } from './persistence/service-typeorm.module';
export { escapeLike, valuesPlaceholders } from './persistence/sql';
