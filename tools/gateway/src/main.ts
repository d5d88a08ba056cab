import { telemetry } from './telemetry';
import { httpRoutes } from '@shop/topology';
import { gatewayConfig } from './config';
import { buildGateway } from './gateway';

async function main(): Promise<void> {
  const config = gatewayConfig();
  const gateway = await buildGateway({ ...config, routes: httpRoutes });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      gateway.log.info({ signal }, 'shutting down');
      void gateway
        .close()
        .then(() => telemetry.shutdown())
        .then(() => process.exit(0));
    });
  }
  gateway.log.info({ routes: httpRoutes, upstreams: config.upstreams }, 'route table');
  await gateway.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
