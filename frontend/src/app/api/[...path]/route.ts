import { gatewayUrl } from '@/lib/gateway';

/**
 * The browser's one origin: /api/* goes on to the gateway (catalog images, public reads). It is a
 * route rather than a next.config rewrite because rewrites are fixed at build time and GATEWAY_URL is
 * a run-time setting. Cookies are not passed on: what needs the shopper's credentials goes through
 * server actions, which turn the httpOnly cookies into headers.
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'if-none-match', 'traceparent', 'tracestate'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified', 'x-amzn-trace-id'];

async function forward(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const url = new URL(request.url);
  const target = `${gatewayUrl()}/api/${path.map(encodeURIComponent).join('/')}${url.search}`;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      cache: 'no-store',
      redirect: 'manual',
      ...(hasBody ? { body: await request.arrayBuffer() } : {}),
    });
  } catch {
    return Response.json(
      { error: { code: 'GATEWAY_UNREACHABLE', message: 'The shop could not be reached. Try again shortly.' } },
      { status: 503 },
    );
  }
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export { forward as GET, forward as POST, forward as PUT, forward as PATCH, forward as DELETE, forward as HEAD };
