import { context, trace, type Span } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import type { IncomingMessage } from 'node:http';
import { rawRequestOf, routeTemplateOf, type AdapterRequest } from './http-request';

/** The route a request that matched none is counted and logged under, so unknown URLs cannot explode cardinality. */
export const UNMATCHED_ROUTE = 'unmatched';

const routes = new WeakMap<IncomingMessage, string>();

/**
 * Records the matched route template of a request: for the RED metrics and the request log line (read
 * back with `recordedRouteOf`), and on the HTTP server span. Setting the RPC metadata's route is how the
 * HTTP instrumentation learns it: it then names the span `METHOD route` and puts `http.route` on its own
 * duration metric too.
 */
export function recordRoute(request: AdapterRequest): void {
  const route = routeTemplateOf(request);
  if (route === undefined) return;
  routes.set(rawRequestOf(request), route);
  const rpcMetadata = getRPCMetadata(context.active());
  if (rpcMetadata?.type !== RPCType.HTTP) return;
  rpcMetadata.route = route;
  // A client that hung up has ended the span already; a non-sampled span keeps nothing.
  if (!rpcMetadata.span.isRecording()) return;
  rpcMetadata.span.setAttribute(ATTR_HTTP_ROUTE, route);
  rpcMetadata.span.updateName(`${request.method ?? 'GET'} ${route}`);
}

/** The route template recorded for this request, or `unmatched`. */
export function recordedRouteOf(request: IncomingMessage): string {
  return routes.get(request) ?? UNMATCHED_ROUTE;
}

/** The span of the HTTP request being served (not a nested handler span), if one is recording. */
export function httpServerSpan(): Span | undefined {
  const rpcMetadata = getRPCMetadata(context.active());
  return rpcMetadata?.type === RPCType.HTTP ? rpcMetadata.span : trace.getActiveSpan();
}
