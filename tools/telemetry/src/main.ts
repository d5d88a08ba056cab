import { loadConfigOrExit } from '@shop/config';
import pino from 'pino';
import { startQueryApi } from './api/start-query-api';
import { startTelemetryCollector } from './collector';
import { telemetryConfigSchema } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit(telemetryConfigSchema);
  const logger = pino({
    level: config.logLevel,
    base: { service: 'telemetry' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  const collector = await startTelemetryCollector({ ...config, logger });
  const queryApi = await startQueryApi(collector.database, { ...config.queryApi, host: config.host }, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void queryApi
        .stop()
        .then(() => collector.stop())
        .then(() => process.exit(0));
    });
  }
  logger.info(
    {
      grpcPort: collector.grpcPort,
      httpPort: collector.httpPort,
      apiPort: queryApi.port,
      database: config.databasePath,
      retentionHours: config.retentionHours,
      maxBytes: config.maxBytes,
      forwardEndpoint: config.forwardEndpoint ?? null,
    },
    'ready',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`telemetry failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
