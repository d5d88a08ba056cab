import 'server-only';
import { headers as requestHeaders } from 'next/headers';
import { ApiError, failureFrom, unreachableFailure } from './api-error';

/** Whose request it is, as the gateway's services read it. */
export interface Credentials {
  bearer?: string;
  cartToken?: string;
}

export interface GatewayRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON; a FormData goes as multipart/form-data (fetch writes its boundary). */
  body?: unknown;
  credentials?: Credentials;
  headers?: Record<string, string>;
}

export function gatewayUrl(): string {
  return (process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

// The browser's trace context (its fetch span's `traceparent`), so the services' spans join the
// browser's trace; and the client address chain a proxy in front of this server (the ALB) wrote, so the
// services see the shopper's address, not this server's (the sign-in rate limit is per address).
const FORWARDED_HEADERS = ['traceparent', 'tracestate', 'x-forwarded-for'] as const;

async function forwardedHeaders(): Promise<Record<string, string>> {
  const incoming = await requestHeaders();
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  return forwarded;
}

/**
 * Calls the gateway from the Next server, forwarding the shopper's credentials as headers.
 * Resolves with the JSON body of a 2xx; rejects with an ApiError carrying the trace id otherwise.
 */
export async function gateway<T>(path: string, request: GatewayRequest = {}): Promise<T> {
  const { method = 'GET', body, credentials = {}, headers = {} } = request;
  const forwarded = await forwardedHeaders();
  const multipart = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(`${gatewayUrl()}${path}`, {
      method,
      cache: 'no-store',
      headers: {
        accept: 'application/json',
        ...forwarded,
        ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
        ...(credentials.cartToken ? { 'x-cart-token': credentials.cartToken } : {}),
        ...(body === undefined || multipart ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: multipart ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(unreachableFailure());
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw new ApiError(failureFrom(response.status, parsed));
  return parsed as T;
}
