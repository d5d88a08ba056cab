import { z } from '@shop/config';
import type { FastifyInstance } from 'fastify';
import { LOG_LEVELS, LogsInsightsQueryError, runLogsInsightsQuery, searchLogs } from '../../logs';
import { ApiError } from '../api-error';
import { parseInput } from '../parse-input';
import type { RouteContext } from '../query-api';
import { TIME_RANGE_MESSAGE, timeRangeOf, timeRangeQuery, validTimeRange } from '../time-range';

const hexId = (digits: number) =>
  z
    .string()
    .regex(new RegExp(`^[0-9a-fA-F]{${digits}}$`), { message: `must be ${digits} hexadecimal digits` })
    .transform((value) => value.toLowerCase());

const logSearchQuery = z
  .strictObject({
    ...timeRangeQuery,
    service: z.string().min(1).max(255).optional(),
    level: z.enum(LOG_LEVELS).optional(),
    text: z.string().min(1).max(500).optional(),
    traceId: hexId(32).optional(),
    spanId: hexId(16).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .refine(validTimeRange, TIME_RANGE_MESSAGE);

const insightsBody = z
  .strictObject({ ...timeRangeQuery, query: z.string().min(1).max(4000) })
  .refine(validTimeRange, TIME_RANGE_MESSAGE);

export function registerLogRoutes(routes: FastifyInstance, context: RouteContext): void {
  routes.get('/logs', (request) => {
    const query = parseInput(logSearchQuery, request.query);
    // A trace's logs are wanted whenever it ran: with a trace id and no range, look back a day.
    const lookBack =
      query.traceId && !query.from ? { ...query, from: new Date(context.now() - 86_400_000).toISOString() } : query;
    return { items: searchLogs(context.database, { ...query, ...timeRangeOf(lookBack, context.now()) }) };
  });

  routes.post('/logs/insights', (request) => {
    const body = parseInput(insightsBody, request.body);
    try {
      return runLogsInsightsQuery(context.database, { query: body.query, ...timeRangeOf(body, context.now()) });
    } catch (error) {
      if (error instanceof LogsInsightsQueryError) throw new ApiError(400, 'invalid_query', error.message);
      throw error;
    }
  });
}
