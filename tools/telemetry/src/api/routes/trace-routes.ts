import { z } from '@shop/config';
import type { FastifyInstance } from 'fastify';
import { buildServiceMap } from '../../service-map';
import { BACKGROUND_CHOICES, FilterExpressionError, listServices, readTrace, searchTraces } from '../../traces';
import { ApiError } from '../api-error';
import { parseInput } from '../parse-input';
import type { RouteContext } from '../query-api';
import { TIME_RANGE_MESSAGE, timeRangeOf, timeRangeQuery, validTimeRange } from '../time-range';

const traceSearchQuery = z
  .strictObject({
    ...timeRangeQuery,
    filter: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    background: z.enum(BACKGROUND_CHOICES).default('include'),
  })
  .refine(validTimeRange, TIME_RANGE_MESSAGE);

const traceIdParams = z.strictObject({
  traceId: z.string().regex(/^[0-9a-fA-F]{32}$/, { message: 'must be 32 hexadecimal digits' }),
});

const rangeQuery = z.strictObject(timeRangeQuery).refine(validTimeRange, TIME_RANGE_MESSAGE);

export function registerTraceRoutes(routes: FastifyInstance, context: RouteContext): void {
  routes.get('/services', (request) => {
    const range = timeRangeOf(parseInput(rangeQuery, request.query), context.now());
    return { items: listServices(context.database, range.fromUs) };
  });

  routes.get('/traces', (request) => {
    const query = parseInput(traceSearchQuery, request.query);
    const range = timeRangeOf(query, context.now());
    try {
      const { filter, limit, background } = query;
      return { items: searchTraces(context.database, { ...range, filter, limit, background }) };
    } catch (error) {
      if (error instanceof FilterExpressionError) throw new ApiError(400, 'invalid_filter', error.message);
      throw error;
    }
  });

  routes.get('/traces/:traceId', (request) => {
    const { traceId } = parseInput(traceIdParams, request.params);
    const found = readTrace(context.database, traceId.toLowerCase());
    if (!found) throw new ApiError(404, 'trace_not_found', `No trace ${traceId} is stored`);
    return found;
  });

  routes.get('/service-map', (request) => {
    const range = timeRangeOf(parseInput(rangeQuery, request.query), context.now());
    return buildServiceMap(context.database, range);
  });
}
