import httpProxy from '@fastify/http-proxy';
import { isSpanContextValid, metrics, trace, type Meter } from '@opentelemetry/api';
import {
  HttpServerMetrics,
  serviceLogDestination,
  setHttpServerRoute,
  traceFields,
  UNMATCHED_ROUTE,
} from '@shop/observability/telemetry';
import type { HttpRoute, ServiceName } from '@shop/topology';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import type { GatewayConfig } from './config';
import { forwardedHeaders } from './forwarded-headers';
import { type GatewayError, notFound, requestFailed, upstreamFailure } from './gateway-errors';
import { withoutPropagationHeaders } from './propagation-headers';
import { upstreamFor, type UpstreamTarget } from './routing';
import {
  nextTraceHeader,
  spanTraceHeader,
  systemTraceIdSource,
  TRACE_HEADER,
  traceIdOf,
  type TraceIdSource,
} from './trace-header';

export interface GatewayOptions {
  /** The route table, matched in order: the first route owning a path wins, as with ALB rule priorities. */
  readonly routes: readonly HttpRoute[];
  readonly upstreams: Readonly<Record<ServiceName, string>>;
  readonly connectTimeoutMs: number;
  readonly upstreamTimeoutMs: number;
  readonly logLevel: GatewayConfig['logLevel'];
  readonly traceIds?: TraceIdSource;
  /** Where the RED metrics go; the global meter provider's unless a test brings its own. */
  readonly meter?: Meter;
}

/** What the gateway decided about one request, set when it arrives. */
interface ProxyContext {
  readonly traceHeader: string;
  readonly target: UpstreamTarget | undefined;
}

const PROXY_CONTEXT = 'proxyContext';

// The proxy plugin's hooks see requests typed for any raw server, hence the structural types below.
type DecoratedRequest = Pick<FastifyRequest, 'getDecorator'>;

interface ErrorReply {
  code(status: number): { type(contentType: string): { send(body: unknown): unknown } };
}

const contextOf = (request: DecoratedRequest) => request.getDecorator<ProxyContext>(PROXY_CONTEXT);

/**
 * The gateway as a Fastify app, not yet listening: routes each request by the route table to its
 * service, adding the headers the ALB adds, and answers in the project's error shape when no
 * service owns the path or the service cannot be reached.
 */
export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const traceIds = options.traceIds ?? systemTraceIdSource;
  // Like the ALB's request metrics, per route of the table: the route is the path prefix that matched.
  const red = new HttpServerMetrics(options.meter ?? metrics.getMeter('@shop/gateway'));
  const destination = serviceLogDestination();
  const app = Fastify({
    // With telemetry on, lines carry the trace and span ids and also leave over OTLP, as the services' do.
    logger: { level: options.logLevel, mixin: traceFields, ...(destination ? { stream: destination } : {}) },
    // One line per request, written by the onResponse hook below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });

  app.decorateRequest(PROXY_CONTEXT, null);
  app.addHook('onRequest', (request, _reply, done) => {
    const incoming = request.headers[TRACE_HEADER];
    const target = upstreamFor(request.url, options.routes, options.upstreams);
    if (target) setHttpServerRoute(request.method, target.pathPrefix);
    request.setDecorator<ProxyContext>(PROXY_CONTEXT, {
      traceHeader: traceHeaderFor(Array.isArray(incoming) ? incoming.join(';') : incoming, traceIds),
      target,
    });
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const { traceHeader, target } = contextOf(request);
    red.record({
      method: request.method,
      route: target?.pathPrefix ?? UNMATCHED_ROUTE,
      statusCode: reply.statusCode,
      durationSeconds: reply.elapsedTime / 1000,
    });
    request.log.info(
      {
        method: request.method,
        path: pathOf(request.url),
        status: reply.statusCode,
        upstream: target?.service ?? null,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
        [TRACE_HEADER]: traceHeader,
      },
      'request completed',
    );
    done();
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, notFound(request.method, pathOf(request.url), traceIdFor(request))),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if ((error.statusCode ?? 500) >= 500) request.log.error({ err: error }, 'gateway error');
    sendError(reply, requestFailed(error.statusCode, error.message, traceIdFor(request)));
  });

  app.get('/gateway/health', () => ({ status: 'ok' }));

  await app.register(httpProxy, {
    // Each request's upstream comes from the route table (getUpstream below), not from one fixed URL.
    upstream: '',
    disableRequestLogging: true,
    undici: {
      connectTimeout: options.connectTimeoutMs,
      headersTimeout: options.upstreamTimeoutMs,
      bodyTimeout: options.upstreamTimeoutMs,
    },
    preHandler: (request, reply, done) => {
      if (contextOf(request).target) return done();
      sendError(reply, notFound(request.method, pathOf(request.url), traceIdFor(request)));
    },
    replyOptions: {
      getUpstream: (request) => contextOf(request).target?.baseUrl ?? '',
      rewriteRequestHeaders: (request, headers) => ({
        ...withoutPropagationHeaders(headers),
        // The ALB keeps the client's Host; the services build their absolute URLs (OpenAPI, Location) from it.
        host: request.headers.host,
        [TRACE_HEADER]: contextOf(request).traceHeader,
        ...forwardedHeaders(firstValue(request.headers['x-forwarded-for']), {
          remoteAddress: request.socket.remoteAddress ?? '',
          protocol: request.protocol,
          localPort: request.socket.localPort ?? 0,
        }),
      }),
      onError: (reply, { error }) => {
        const service = contextOf(reply.request).target?.service ?? 'upstream';
        sendError(reply, upstreamFailure(service, error, traceIdFor(reply.request)));
      },
    },
  });

  return app;
}

/** From the gateway's server span when telemetry runs (the services continue its trace), else as the ALB writes it. */
function traceHeaderFor(incoming: string | undefined, traceIds: TraceIdSource): string {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? spanTraceHeader(incoming, span) : nextTraceHeader(incoming, traceIds);
}

function sendError(reply: ErrorReply, failure: GatewayError): void {
  reply.code(failure.status).type('application/json; charset=utf-8').send(failure.body);
}

function traceIdFor(request: DecoratedRequest): string {
  const { traceHeader } = contextOf(request);
  return traceIdOf(traceHeader) ?? traceHeader;
}

function pathOf(url: string): string {
  return url.split('?', 1)[0] ?? url;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(', ') : header;
}
