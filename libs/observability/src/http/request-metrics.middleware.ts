import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { recordedRouteOf } from './http-route';
import { RequestMetrics } from './request-metrics';

// nginx's convention for "the client went away before the answer": such requests still count.
const CLIENT_CLOSED_REQUEST = 499;

/**
 * Times every request from its arrival and records it when the connection is done with it, whatever
 * happened in between: answered by a handler, refused by a guard or pipe, failed in the body parser,
 * or matched no route. The interceptor and the exception filter only supply the route template.
 */
@Injectable()
export class RequestMetricsMiddleware implements NestMiddleware<IncomingMessage, ServerResponse> {
  constructor(private readonly metrics: RequestMetrics) {}

  use(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const start = performance.now();
    response.once('close', () => {
      this.metrics.record({
        method: request.method ?? 'GET',
        route: recordedRouteOf(request),
        statusCode: response.writableFinished ? response.statusCode : CLIENT_CLOSED_REQUEST,
        durationSeconds: (performance.now() - start) / 1000,
      });
    });
    next();
  }
}
