import type { Principal, TokenService } from '@shop/auth';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DatabaseSync } from 'node:sqlite';
import type { AlarmService } from '../alarms';
import { ApiError } from './api-error';
import { authenticate } from './authenticate';
import { registerAlarmRoutes } from './routes/alarm-routes';
import { registerLogRoutes } from './routes/log-routes';
import { registerMetricRoutes } from './routes/metric-routes';
import { registerTraceRoutes } from './routes/trace-routes';

export const API_PREFIX = '/api/telemetry';

export interface QueryApiDependencies {
  database: DatabaseSync;
  tokens: TokenService;
  alarms: AlarmService;
  logger: FastifyBaseLogger;
  now?: () => number;
}

/** What every route handler gets: the store, the clock and the verified operator. */
export interface RouteContext {
  database: DatabaseSync;
  alarms: AlarmService;
  now: () => number;
  principalOf(request: FastifyRequest): Principal;
}

const principals = new WeakMap<FastifyRequest, Principal>();

/**
 * The query API behind the observability console: traces, the service map, metrics, logs and alarms
 * under `/api/telemetry`, for operators (admin or viewer tokens; alarms change with admin only).
 */
export function buildQueryApi(dependencies: QueryApiDependencies): FastifyInstance {
  const api: FastifyInstance = Fastify({
    loggerInstance: dependencies.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });
  const context: RouteContext = {
    database: dependencies.database,
    alarms: dependencies.alarms,
    now: dependencies.now ?? Date.now,
    principalOf: (request) => {
      const principal = principals.get(request);
      if (!principal) throw new ApiError(401, 'unauthorized', 'A Bearer token is required');
      return principal;
    },
  };

  api.get(`${API_PREFIX}/health/live`, () => ({ status: 'ok' }));

  api.register(
    (routes, _options, done) => {
      routes.addHook('onRequest', async (request) => {
        principals.set(request, await authenticate(dependencies.tokens, request.headers.authorization));
      });
      registerTraceRoutes(routes, context);
      registerMetricRoutes(routes, context);
      registerLogRoutes(routes, context);
      registerAlarmRoutes(routes, context);
      done();
    },
    { prefix: API_PREFIX },
  );

  api.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(new ApiError(404, 'not_found', `No route ${request.method} ${request.url}`).body());
  });
  api.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.statusCode).send(error.body());
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return reply
        .status(statusCode)
        .send(new ApiError(statusCode, 'invalid_request', (error as Error).message).body());
    }
    request.log.error({ err: error }, 'telemetry query failed');
    return reply.status(500).send(new ApiError(500, 'internal_error', 'The query failed').body());
  });
  return api;
}
