import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';

/**
 * Puts the route on the HTTP server span of the request being served: `http.route` and the name
 * `METHOD route`. The RPC metadata's route is how the HTTP instrumentation learns it (for its own duration
 * metric, which the SDK configuration drops). Outside an instrumented HTTP request it does nothing.
 */
export function setHttpServerRoute(method: string, route: string): void {
  const rpcMetadata = getRPCMetadata(context.active());
  if (rpcMetadata?.type !== RPCType.HTTP) return;
  rpcMetadata.route = route;
  // A client that hung up has ended the span already; a non-sampled span keeps nothing.
  if (!rpcMetadata.span.isRecording()) return;
  rpcMetadata.span.setAttribute(ATTR_HTTP_ROUTE, route);
  rpcMetadata.span.updateName(`${method} ${route}`);
}
