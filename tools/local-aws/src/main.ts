import { loadConfigOrExit } from '@shop/config';
import { messagingTopology, validateTopology } from '@shop/topology';
import pino from 'pino';
import { applyTopology } from './apply-topology';
import { localAwsConfigSchema } from './config';
import { startLocalAws } from './local-aws';

async function main(): Promise<void> {
  const config = loadConfigOrExit(localAwsConfigSchema);
  const logger = pino({
    level: config.logLevel,
    base: { service: 'local-aws' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  const aws = await startLocalAws({
    port: config.port,
    host: config.host,
    defaultRegion: config.region,
    logger,
    ...(config.dataDir === undefined ? {} : { dataDir: config.dataDir }),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void aws.stop().then(() => process.exit(0));
    });
  }
  if (config.applyTopology) {
    const problems = validateTopology(messagingTopology);
    if (problems.length > 0) throw new Error(`The messaging topology is invalid: ${problems.join('; ')}`);
    const applied = await applyTopology(messagingTopology, {
      endpoint: aws.url,
      region: config.region,
      prefix: config.resourcePrefix,
    });
    logger.info(
      {
        prefix: config.resourcePrefix,
        topics: Object.keys(applied.topics).length,
        queues: Object.keys(applied.queues).length,
        subscriptions: applied.subscriptions.length,
        buses: Object.keys(applied.buses).length,
        rules: Object.keys(applied.rules).length,
        buckets: Object.keys(applied.buckets).length,
      },
      'topology applied',
    );
  }
  logger.info({ url: aws.url }, 'ready');
}

main().catch((error: unknown) => {
  process.stderr.write(`local-aws failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
