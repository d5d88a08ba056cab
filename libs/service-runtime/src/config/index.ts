// What a service's config and telemetry files need, without Nest, TypeORM or the AWS SDK: those must
// load after the OpenTelemetry SDK has started, or their instrumentation never patches them.
export { serviceVersion } from '../bootstrap/service-version';
export {
  awsSdkEnvironment,
  configLoader,
  serviceConfigSchema,
  type ServiceConfig,
  type ServiceDefaults,
} from './service-config';
