import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { isSpanContextValid, SpanStatusCode } from '@opentelemetry/api';
import { PinoLogger } from 'nestjs-pino';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from '../observability-options';
import { routeTemplateOf, type AdapterRequest } from '../http/http-request';
import { httpServerSpan, recordRoute } from '../http/http-route';
import { ShopAttributes } from '../tracing/shop-attributes';
import { isClientError, toErrorResponse, type ErrorResponse } from './error-response';

/**
 * The one place errors become responses: `{ error: { code, message, details?, traceId } }` for
 * everything thrown on an HTTP request, logged once (warn for 4xx, error with the stack for 5xx) and
 * marked on the HTTP server span (status ERROR and the exception for 5xx; `shop.error.code` always).
 */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly applicationConfig: ApplicationConfig,
    private readonly logger: PinoLogger,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
  ) {
    logger.setContext(ErrorResponseFilter.name);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    // A request refused by a guard or pipe never reached the interceptor: record its route here.
    const request = http.getRequest<AdapterRequest>();
    if (!this.isNotFoundRoute(request)) recordRoute(request);
    const response = toErrorResponse(exception, this.options.mapDomainError);
    const traceId = this.markSpan(exception, response);
    this.log(exception, response);
    this.adapterHost.httpAdapter.reply(http.getResponse(), { error: { ...response.body, traceId } }, response.status);
  }

  /**
   * On Express, Nest answers unknown URLs below a path excluded from the global prefix (`api/auth/{*rest}`)
   * through a route on that very pattern; such requests stay `unmatched`.
   */
  private isNotFoundRoute(request: AdapterRequest): boolean {
    const route = routeTemplateOf(request);
    if (route === undefined) return false;
    const excluded = this.applicationConfig.getGlobalPrefixOptions().exclude ?? [];
    return excluded.some(({ path }) => route === (path.startsWith('/') ? path : `/${path}`));
  }

  private markSpan(exception: unknown, { status, body }: ErrorResponse): string | undefined {
    const span = httpServerSpan();
    if (!span) return undefined;
    const spanContext = span.spanContext();
    const traceId = isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
    // A client that hung up has ended the span already; a non-sampled span keeps nothing.
    if (!span.isRecording()) return traceId;
    span.setAttribute(ShopAttributes.ErrorCode, body.code);
    // Semantic conventions: a server span is an error for 5xx only; a 4xx is the client's mistake.
    if (!isClientError(status)) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: body.code });
      span.recordException(exception instanceof Error ? exception : String(exception));
    }
    return traceId;
  }

  private log(exception: unknown, { status, body }: ErrorResponse): void {
    const fields = { status, code: body.code };
    if (isClientError(status)) {
      this.logger.warn(fields, body.message);
    } else {
      this.logger.error(
        { ...fields, err: exception },
        exception instanceof Error ? exception.message : 'non-error thrown',
      );
    }
  }
}
