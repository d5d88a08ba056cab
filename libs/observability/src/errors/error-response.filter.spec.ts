import { ForbiddenException, type ArgumentsHost } from '@nestjs/common';
import { ApplicationConfig, type HttpAdapterHost } from '@nestjs/core';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { RPCType, setRPCMetadata } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { PinoLogger } from 'nestjs-pino';
import { ErrorResponseFilter } from './error-response.filter';

describe(ErrorResponseFilter.name, () => {
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
  const contextManager = new AsyncLocalStorageContextManager();
  let reply: jest.Mock;
  let logger: { setContext: jest.Mock; warn: jest.Mock; error: jest.Mock };
  let filter: ErrorResponseFilter;

  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
  });

  afterAll(() => {
    context.disable();
  });

  beforeEach(() => {
    exporter.reset();
    reply = jest.fn();
    logger = { setContext: jest.fn(), warn: jest.fn(), error: jest.fn() };
    filter = new ErrorResponseFilter(
      { httpAdapter: { reply } } as unknown as HttpAdapterHost,
      new ApplicationConfig(),
      logger as unknown as PinoLogger,
      { serviceName: 'test', environment: 'test', logLevel: 'info' },
    );
  });

  const request = { method: 'GET', routeOptions: { url: '/api/things/:id' }, raw: {} };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => 'the reply' }),
  } as unknown as ArgumentsHost;

  /** Runs the filter inside an HTTP server span, as the HTTP instrumentation sets it up. */
  function catchInServerSpan(exception: unknown) {
    const span = tracer.startSpan('GET', { kind: SpanKind.SERVER });
    const serverContext = setRPCMetadata(trace.setSpan(ROOT_CONTEXT, span), { type: RPCType.HTTP, span });
    context.with(serverContext, () => filter.catch(exception, host));
    span.end();
    const [finished] = exporter.getFinishedSpans();
    if (!finished) throw new Error('no span finished');
    return finished;
  }

  it('marks a 5xx as a span error with the exception, logs it at error with the stack, and answers with the trace id', () => {
    const failure = new Error('connect ECONNREFUSED 10.0.0.7:3306');
    const span = catchInServerSpan(failure);

    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'INTERNAL' });
    expect(span.events.map((event) => event.name)).toEqual(['exception']);
    expect(span.attributes).toMatchObject({ 'shop.error.code': 'INTERNAL', 'http.route': '/api/things/:id' });
    expect(span.name).toBe('GET /api/things/:id');
    expect(logger.error).toHaveBeenCalledWith(
      { status: 500, code: 'INTERNAL', err: failure },
      'connect ECONNREFUSED 10.0.0.7:3306',
    );
    expect(logger.warn).not.toHaveBeenCalled();
    expect(reply).toHaveBeenCalledWith(
      'the reply',
      { error: { code: 'INTERNAL', message: 'An unexpected error occurred', traceId: span.spanContext().traceId } },
      500,
    );
  });

  it('leaves the span status unset for a 4xx, names the code on it and logs at warn', () => {
    const span = catchInServerSpan(new ForbiddenException('Requires one of the roles: admin'));

    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.events).toEqual([]);
    expect(span.attributes).toMatchObject({ 'shop.error.code': 'FORBIDDEN' });
    expect(logger.warn).toHaveBeenCalledWith({ status: 403, code: 'FORBIDDEN' }, 'Requires one of the roles: admin');
    expect(logger.error).not.toHaveBeenCalled();
    expect(reply).toHaveBeenCalledWith(
      'the reply',
      {
        error: { code: 'FORBIDDEN', message: 'Requires one of the roles: admin', traceId: span.spanContext().traceId },
      },
      403,
    );
  });
});
