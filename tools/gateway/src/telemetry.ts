import { startTelemetry, type TelemetryHandle } from '@shop/observability/telemetry';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayConfig } from './config';

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/**
 * Started on import, before fastify and undici are loaded, so that OpenTelemetry can patch them. main.ts
 * imports this file first and shuts it down once the server has closed, so the last spans leave.
 */
export const telemetry: TelemetryHandle = startTelemetry({
  ...gatewayConfig().telemetry,
  serviceName: 'gateway',
  serviceVersion: packageVersion(),
  // The gateway writes X-Amzn-Trace-Id itself, as the ALB does (trace-header.ts); outgoing calls get traceparent.
  injectXRayHeader: false,
});
