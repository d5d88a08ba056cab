import { environment, loadConfigOrExit, logLevel, port, telemetrySettings, z } from '@shop/config';
import type { TelemetryOptions } from '@shop/observability/telemetry';
import { type ServiceName, services } from '@shop/topology';

/** What the gateway needs to run, parsed once from the environment at start. */
export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: z.infer<typeof logLevel>;
  /** Base URL of each service the route table names. */
  readonly upstreams: Readonly<Record<ServiceName, string>>;
  /** How long to wait for a TCP connection to an upstream before answering 504. */
  readonly connectTimeoutMs: number;
  /** How long an upstream may stay silent (before its headers, or between body chunks) before 504. */
  readonly upstreamTimeoutMs: number;
  /** The standard OTEL_* settings and NODE_ENV, read as the services read them. */
  readonly telemetry: Pick<
    TelemetryOptions,
    'environment' | 'otlpEndpoint' | 'sampleRatio' | 'disabled' | 'metricExportIntervalMs'
  >;
}

const serviceNames = Object.values(services).map((service) => service.name);

/** `catalog` → `CATALOG_URL`, `order-history` → `ORDER_HISTORY_URL`: adding a service to the topology adds its variable. */
export function upstreamVariable(service: ServiceName): string {
  return `${service.toUpperCase().replaceAll('-', '_')}_URL`;
}

const upstreamUrl = (fallback: string) =>
  z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://127.0.0.1:3001' }).default(fallback);

const timeoutMs = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const upstreamSettings = z.object(
  Object.fromEntries(
    serviceNames.map((name) => [upstreamVariable(name), upstreamUrl(`http://127.0.0.1:${services[name].port}`)]),
  ),
);

const gatewaySettings = z.object({
  GATEWAY_PORT: port(8080),
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: logLevel.default('info'),
  // The ALB gives up connecting after 10 s; locally a refused connection fails at once, so this only bounds black holes.
  GATEWAY_CONNECT_TIMEOUT_MS: timeoutMs(3000),
  // The ALB's default idle timeout.
  GATEWAY_UPSTREAM_TIMEOUT_MS: timeoutMs(60_000),
  NODE_ENV: environment,
  ...telemetrySettings,
});

/** The gateway's settings: `GATEWAY_*`, `LOG_LEVEL`, `NODE_ENV`, `OTEL_*` and one `<SERVICE>_URL` per service. */
export const gatewayConfigSchema = z
  .intersection(gatewaySettings, upstreamSettings)
  .transform((env): GatewayConfig => ({
    port: env.GATEWAY_PORT,
    host: env.GATEWAY_HOST,
    logLevel: env.LOG_LEVEL,
    connectTimeoutMs: env.GATEWAY_CONNECT_TIMEOUT_MS,
    upstreamTimeoutMs: env.GATEWAY_UPSTREAM_TIMEOUT_MS,
    telemetry: {
      environment: env.NODE_ENV,
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
      sampleRatio: env.OTEL_TRACES_SAMPLER_ARG,
      disabled: env.OTEL_SDK_DISABLED,
      metricExportIntervalMs: env.OTEL_METRIC_EXPORT_INTERVAL,
    },
    upstreams: Object.fromEntries(serviceNames.map((name) => [name, env[upstreamVariable(name)]])) as Record<
      ServiceName,
      string
    >,
  }));

let loaded: GatewayConfig | undefined;

/** The gateway's settings from the environment, read once per process; a bad one ends it, naming the variable. */
export function gatewayConfig(): GatewayConfig {
  loaded ??= loadConfigOrExit(gatewayConfigSchema);
  return loaded;
}
