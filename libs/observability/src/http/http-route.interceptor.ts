import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { Observable } from 'rxjs';
import { rawRequestOf, type AdapterRequest } from './http-request';
import { runInHandlerSpan } from '../tracing/handler-span';
import { recordRoute, recordedRouteOf } from './http-route';

/**
 * Runs for every request that reaches a handler: puts the route template on the HTTP server span
 * (`http.route`, span name `METHOD route`), hands it to the RED metrics and the request log line, and
 * runs the handler in a span of its own.
 */
@Injectable()
export class HttpRouteInterceptor implements NestInterceptor {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext(HttpRouteInterceptor.name);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AdapterRequest>();
    recordRoute(request);
    const controller = context.getClass().name;
    const handler = context.getHandler().name;
    // Shows, at debug level, that a handler started: a request that never completes leaves this line alone.
    this.logger.debug({ route: recordedRouteOf(rawRequestOf(request)), handler }, 'handling request');
    return runInHandlerSpan(
      `${controller}.${handler}`,
      { 'nestjs.type': 'handler', 'nestjs.controller': controller, 'nestjs.callback': handler },
      () => next.handle(),
    );
  }
}
