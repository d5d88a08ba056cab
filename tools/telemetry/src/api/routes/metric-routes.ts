import { z } from '@shop/config';
import type { FastifyInstance } from 'fastify';
import { listMetrics, METRIC_STATS, MetricQueryError, queryMetric } from '../../metrics';
import { ApiError } from '../api-error';
import { parseInput, repeated } from '../parse-input';
import type { RouteContext } from '../query-api';
import { TIME_RANGE_MESSAGE, timeRangeOf, timeRangeQuery, validTimeRange } from '../time-range';

const attributeFilter = z
  .string()
  .regex(/^[^=]+=.*$/, { message: 'must be key=value' })
  .transform((value) => {
    const separator = value.indexOf('=');
    return [value.slice(0, separator), value.slice(separator + 1)] as const;
  });

const metricQuery = z
  .strictObject({
    ...timeRangeQuery,
    name: z.string().min(1).max(255),
    stat: z.enum(METRIC_STATS),
    period: z.coerce.number().int().min(1).max(86_400).default(60),
    service: z.string().min(1).max(255).optional(),
    groupBy: repeated(z.string().min(1).max(255)).optional(),
    where: repeated(attributeFilter).optional(),
  })
  .refine(validTimeRange, TIME_RANGE_MESSAGE);

export function registerMetricRoutes(routes: FastifyInstance, context: RouteContext): void {
  routes.get('/metrics', () => ({ items: listMetrics(context.database) }));

  routes.get('/metrics/query', (request) => {
    const query = parseInput(metricQuery, request.query);
    try {
      return queryMetric(context.database, {
        ...timeRangeOf(query, context.now()),
        name: query.name,
        stat: query.stat,
        periodSeconds: query.period,
        ...(query.service === undefined ? {} : { service: query.service }),
        ...(query.groupBy === undefined ? {} : { groupBy: query.groupBy }),
        ...(query.where === undefined ? {} : { where: Object.fromEntries(query.where) }),
      });
    } catch (error) {
      if (error instanceof MetricQueryError) throw new ApiError(400, 'invalid_query', error.message);
      throw error;
    }
  });
}
