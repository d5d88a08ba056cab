import { TokenService } from '@shop/auth';
import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from 'pino';
import { AlarmScheduler, AlarmService, DEFAULT_ALARMS, SnsAlarmNotifier, snsAlarmNotifierOptions } from '../alarms';
import { buildQueryApi } from './query-api';
import type { QueryApiSettings } from './query-api-settings';

export interface RunningQueryApi {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Serves the query API on TELEMETRY_API_PORT and evaluates the alarms (the defaults added when absent),
 * publishing their state changes to SNS.
 */
export async function startQueryApi(
  database: DatabaseSync,
  settings: QueryApiSettings & { host: string },
  logger: Logger,
): Promise<RunningQueryApi> {
  const tokens = new TokenService({
    secret: settings.JWT_SECRET,
    issuer: settings.JWT_ISSUER,
    audience: settings.JWT_AUDIENCE,
    ttlSeconds: settings.JWT_TTL_SECONDS,
  });
  const alarms = new AlarmService({
    db: database,
    notifier: SnsAlarmNotifier.create(snsAlarmNotifierOptions(settings)),
    logger,
  });
  alarms.ensureAlarms(DEFAULT_ALARMS);
  const scheduler = new AlarmScheduler(
    () => alarms.evaluateAll(),
    settings.TELEMETRY_ALARM_EVALUATION_SECONDS,
    (error) => logger.error({ err: error }, 'alarm evaluation failed'),
  );
  const api = buildQueryApi({ database, tokens, alarms, logger });
  await api.listen({ host: settings.host, port: settings.TELEMETRY_API_PORT });
  scheduler.start();
  const address = api.server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : settings.TELEMETRY_API_PORT,
    stop: async () => {
      await scheduler.stop();
      await api.close();
    },
  };
}
