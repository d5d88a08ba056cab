import type { Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import type { Options } from 'pino-http';
import { recordedRouteOf } from '../http/http-route';
import type { LogLevel } from '../observability-options';
import { serviceLogDestination } from './log-destination';
import { traceFields } from './trace-fields';

// Middleware mounted on a path sees `url` rewritten (Express strips the mount path, and so does Nest's
// Fastify adapter); `originalUrl` keeps the real one on both.
type MiddlewareRequest = IncomingMessage & { originalUrl?: string };

function completedRequestFields(request: MiddlewareRequest, response: ServerResponse, responseTime: unknown) {
  return {
    method: request.method,
    url: request.originalUrl ?? request.url,
    route: recordedRouteOf(request),
    statusCode: response.statusCode,
    responseTime,
  };
}

function responseTimeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'responseTime' in value ? value.responseTime : undefined;
}

/**
 * nestjs-pino settings: JSON lines on stdout with a level label, the service name, trace and span ids
 * and the request id on every line logged during a request, and one "request completed" line per
 * request (method, url, route template, status, time in ms). Request bodies and headers (so the
 * Authorization header) are never logged.
 */
export function buildLoggerParams(serviceName: string, level: LogLevel): Params {
  const options: Options = {
    level,
    base: { service: serviceName },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceFields,
    // The id RequestIdMiddleware put on the request, bound to every line logged while serving it.
    customAttributeKeys: { reqId: 'request_id' },
    // Only the request id is bound to the logs made during a request, not the whole request object.
    quietReqLogger: true,
    quietResLogger: true,
    customSuccessMessage: () => 'request completed',
    customSuccessObject: (request, response, value: unknown) =>
      completedRequestFields(request, response, responseTimeOf(value)),
    // A 5xx was already logged with its stack by the exception filter; this stays the plain access line.
    customErrorMessage: () => 'request completed',
    customErrorObject: (request, response, _error, value: unknown) =>
      completedRequestFields(request, response, responseTimeOf(value)),
  };
  const destination = serviceLogDestination();
  return {
    // Fields a handler binds with PinoLogger.assign (the order id, the customer id) also go on the
    // request's closing "request completed" line, so that one line says who did what.
    assignResponse: true,
    pinoHttp: destination ? [options, destination] : options,
  };
}
