import { propagation } from '@opentelemetry/api';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request headers without the trace context ones (`traceparent`, `tracestate`, `baggage`): the HTTP
 * client instrumentation writes those again for the call upstream, from the gateway's span (which continues
 * what came in), and a request must not carry them twice. With telemetry off no header is named, and the
 * client's pass through unchanged.
 */
export function withoutPropagationHeaders(
  headers: IncomingHttpHeaders,
  propagated: readonly string[] = propagation.fields(),
): IncomingHttpHeaders {
  const names = new Set(propagated.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.has(name.toLowerCase())));
}
