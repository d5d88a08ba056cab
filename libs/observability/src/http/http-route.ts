import { context, trace, type Span } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { IncomingMessage } from 'node:http';
import { UNMATCHED_ROUTE } from '../telemetry/http-server-metrics';
import { setHttpServerRoute } from '../telemetry/http-server-route';
import { rawRequestOf, routeTemplateOf, type AdapterRequest } from './http-request';

const routes = new WeakMap<IncomingMessage, string>();

/**
 * Records the matched route template of a request: for the RED metrics and the request log line (read
 * back with `recordedRouteOf`), and on the HTTP server span (`http.route`, name `METHOD route`).
 */
export function recordRoute(request: AdapterRequest): void {
  const route = routeTemplateOf(request);
  if (route === undefined) return;
  routes.set(rawRequestOf(request), route);
  setHttpServerRoute(request.method ?? 'GET', route);
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
