import type { CloudWatchRumConfig } from './cloudwatch-rum';

export interface BrowserTelemetrySettings {
  /** The collector's OTLP/HTTP base URL, or null when browser tracing is off. */
  otlpEndpoint: string | null;
  /** CloudWatch RUM, or null (the default) when no app monitor is configured: then its script is not loaded. */
  rum: CloudWatchRumConfig | null;
}

type Env = Record<string, string | undefined>;

/** What the browser reports and where, read from the server's environment at run time. */
export function browserTelemetrySettings(env: Env): BrowserTelemetrySettings {
  const otlpEndpoint =
    env['OTEL_SDK_DISABLED'] === 'true' ? null : (env['OTEL_EXPORTER_OTLP_HTTP_ENDPOINT'] ?? 'http://localhost:4318');
  return { otlpEndpoint, rum: cloudWatchRum(env) };
}

function cloudWatchRum(env: Env): CloudWatchRumConfig | null {
  const applicationId = env['RUM_APP_MONITOR_ID'];
  const region = env['RUM_REGION'] ?? env['AWS_REGION'];
  if (!applicationId || !region) return null;
  const identityPoolId = env['RUM_IDENTITY_POOL_ID'];
  const endpoint = env['RUM_ENDPOINT'];
  return {
    applicationId,
    region,
    ...(identityPoolId ? { identityPoolId } : {}),
    ...(endpoint ? { endpoint } : {}),
    allowCookies: env['RUM_ALLOW_COOKIES'] === 'true',
  };
}
