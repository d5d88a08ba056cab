import { AwsRum } from 'aws-rum-web';
import { onFunnelEvent } from './funnel';

/** An app monitor of CloudWatch RUM, from the server's run-time settings (`RUM_*`). */
export interface CloudWatchRumConfig {
  applicationId: string;
  region: string;
  /** Cognito identity pool whose unauthenticated identities may put RUM events; without it the monitor's resource policy must allow them. */
  identityPoolId?: string;
  /** RUM's data plane; defaults to `https://dataplane.rum.<region>.amazonaws.com`. */
  endpoint?: string;
  /** RUM's session and user cookies (`cwr_s`, `cwr_u`); without them every page load is a new session. */
  allowCookies: boolean;
}

let started = false;

/** CloudWatch RUM's own page views, errors, performance and fetch records, and the funnel as custom events. */
export function startCloudWatchRum(config: CloudWatchRumConfig, serviceVersion: string): void {
  if (started) return;
  started = true;
  const rum = new AwsRum(config.applicationId, serviceVersion, config.region, {
    sessionSampleRate: 1,
    allowCookies: config.allowCookies,
    telemetries: ['errors', 'performance', 'http'],
    ...(config.identityPoolId ? { identityPoolId: config.identityPoolId } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  });
  onFunnelEvent((event) => rum.recordEvent(event.step, { ...event.attributes, 'url.path': window.location.pathname }));
}
