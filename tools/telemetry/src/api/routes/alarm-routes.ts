import { z } from '@shop/config';
import type { FastifyInstance } from 'fastify';
import { AlarmDefinitionError, alarmName } from '../../alarms';
import { ApiError } from '../api-error';
import { requireAdmin } from '../authenticate';
import { parseInput } from '../parse-input';
import type { RouteContext } from '../query-api';

const alarmParams = z.strictObject({ name: alarmName });

export function registerAlarmRoutes(routes: FastifyInstance, context: RouteContext): void {
  const notFound = (name: string) => new ApiError(404, 'alarm_not_found', `No alarm named ${name}`);

  routes.get('/alarms', () => ({ items: context.alarms.list() }));

  routes.get('/alarms/:name', (request) => {
    const { name } = parseInput(alarmParams, request.params);
    const alarm = context.alarms.find(name);
    if (!alarm) throw notFound(name);
    return alarm;
  });

  routes.get('/alarms/:name/history', (request) => {
    const { name } = parseInput(alarmParams, request.params);
    const items = context.alarms.history(name);
    if (!items) throw notFound(name);
    return { items };
  });

  routes.put('/alarms/:name', (request) => {
    requireAdmin(context.principalOf(request));
    const { name } = parseInput(alarmParams, request.params);
    try {
      return context.alarms.put(name, request.body);
    } catch (error) {
      if (error instanceof AlarmDefinitionError) throw new ApiError(400, 'invalid_alarm', error.message, error.details);
      throw error;
    }
  });

  routes.delete('/alarms/:name', async (request, reply) => {
    requireAdmin(context.principalOf(request));
    const { name } = parseInput(alarmParams, request.params);
    if (!context.alarms.delete(name)) throw notFound(name);
    return reply.status(204).send();
  });
}
