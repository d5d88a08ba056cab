import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DescribeRuleCommand } from '@aws-sdk/client-eventbridge';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { startService, type RunningService } from '@shop/testing';
import { messagingTopology, storageTopology } from '@shop/topology';
import { awsClients, uniquePrefix } from './aws-clients';

// Drives the BUILT endpoint (dist/main.js) as `npm start` runs it.
describe('the local-aws process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-main-'));
  const prefix = uniquePrefix();

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = () =>
    startService({
      name: 'local-aws',
      cwd: resolve(__dirname, '..'),
      script: 'dist/main.js',
      portVariable: 'LOCAL_AWS_PORT',
      readyPath: '/health',
      env: { LOCAL_AWS_DATA_DIR: dataDir, SHOP_RESOURCE_PREFIX: prefix, LOG_LEVEL: 'info' },
    });

  async function expectTopologyServed(service: RunningService): Promise<void> {
    const clients = awsClients(service.url);
    try {
      const { QueueUrl } = await clients.sqs.send(new GetQueueUrlCommand({ QueueName: `${prefix}-audit-events` }));
      expect(QueueUrl).toBe(`${service.url}/000000000000/${prefix}-audit-events`);
      const rule = await clients.events.send(
        new DescribeRuleCommand({ Name: `${prefix}-audit-all-shop-events`, EventBusName: `${prefix}-shop-events` }),
      );
      expect(rule.EventPattern).toBe('{"source":[{"prefix":"shop."}]}');
      await expect(
        clients.s3.send(new HeadBucketCommand({ Bucket: `${prefix}-product-images` })),
      ).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    } finally {
      clients.destroy();
    }
  }

  it('applies the topology at start, logs JSON lines, and stops cleanly on SIGTERM', async () => {
    const service = await start();
    try {
      await service.waitForLog((line) => line.msg === 'ready');
      await expectTopologyServed(service);
      expect(service.logs()).toContainEqual(
        expect.objectContaining({
          level: 'info',
          service: 'local-aws',
          msg: 'topology applied',
          prefix,
          rules: messagingTopology.rules.length,
          buckets: storageTopology.buckets.length,
        }),
      );
    } finally {
      await expect(service.stop('SIGTERM')).resolves.toBe(0);
    }
  });

  it('starts again on the same data and re-applies the topology without errors', async () => {
    const service = await start();
    try {
      await service.waitForLog((line) => line.msg === 'ready');
      await expectTopologyServed(service);
    } finally {
      await expect(service.stop('SIGTERM')).resolves.toBe(0);
    }
  });
});
