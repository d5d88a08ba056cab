import { loadConfigOrExit, z } from '@shop/config';
import { DEFAULT_RESOURCE_PREFIX, messagingTopology, validateTopology } from '@shop/topology';
import { applyTopology } from './apply-topology';

/**
 * Applies the messaging topology to an endpoint that is already running (LocalStack under compose), then
 * exits: `node dist/apply-topology-cli.js` with AWS_ENDPOINT_URL set. Idempotent, like the CDK app.
 */
const settings = z.object({
  AWS_ENDPOINT_URL: z.url({ protocol: /^https?$/ }),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  SHOP_RESOURCE_PREFIX: z.string().min(1).default(DEFAULT_RESOURCE_PREFIX),
});

async function main(): Promise<void> {
  const config = loadConfigOrExit(settings);
  const problems = validateTopology(messagingTopology);
  if (problems.length > 0) throw new Error(`The messaging topology is invalid: ${problems.join('; ')}`);
  const applied = await applyTopology(messagingTopology, {
    endpoint: config.AWS_ENDPOINT_URL,
    region: config.AWS_REGION,
    prefix: config.SHOP_RESOURCE_PREFIX,
  });
  process.stdout.write(
    `Applied the topology to ${config.AWS_ENDPOINT_URL}: ${Object.keys(applied.topics).length} topics, ` +
      `${Object.keys(applied.queues).length} queues, ${Object.keys(applied.rules).length} rules, ` +
      `${Object.keys(applied.buckets).length} buckets\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
