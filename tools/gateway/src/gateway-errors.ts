/** Codes of the errors the gateway itself answers with, in the project's error shape. */
export type GatewayErrorCode =
  'NOT_FOUND' | 'BAD_REQUEST' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT' | 'INTERNAL_ERROR';

/** The project's error body: `{ error: { code, message, traceId } }`. */
export interface ErrorBody {
  readonly error: { readonly code: GatewayErrorCode; readonly message: string; readonly traceId: string };
}

export interface GatewayError {
  readonly status: number;
  readonly body: ErrorBody;
}

export function notFound(method: string, path: string, traceId: string): GatewayError {
  return {
    status: 404,
    body: { error: { code: 'NOT_FOUND', message: `No service handles ${method} ${path}`, traceId } },
  };
}

/**
 * Maps a failed proxy attempt to what the ALB answers: 504 when the upstream did not connect or answer in
 * time, 503 when its address does not resolve (no target to send to), 502 for anything else (refused,
 * reset, a broken response).
 */
export function upstreamFailure(service: string, failure: Error, traceId: string): GatewayError {
  const status = statusOf(failure);
  if (status === 504) {
    return {
      status,
      body: { error: { code: 'UPSTREAM_TIMEOUT', message: `The ${service} service did not answer in time`, traceId } },
    };
  }
  return {
    status: status === 503 ? 503 : 502,
    body: { error: { code: 'UPSTREAM_UNAVAILABLE', message: `The ${service} service is unavailable`, traceId } },
  };
}

// @fastify/reply-from reports its failures as @fastify/error instances carrying an HTTP status.
function statusOf(failure: Error): number | undefined {
  return 'statusCode' in failure && typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
}

/** A request the gateway itself could not take (a malformed body, a bad header): 4xx stays, anything else is a 500. */
export function requestFailed(status: number | undefined, message: string, traceId: string): GatewayError {
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'BAD_REQUEST', message, traceId } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL_ERROR', message: 'Internal error', traceId } } };
}
