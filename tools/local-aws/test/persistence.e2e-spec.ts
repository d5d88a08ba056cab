import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTargetsByRuleCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ListSubscriptionsByTopicCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { messagingTopology } from '@shop/topology';
import { applyTopology, startLocalAws, type AppliedTopology } from '../src';
import { awsClients, receiveOne, uniquePrefix } from './aws-clients';

describe('a restart with the same data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-'));
  const prefix = uniquePrefix();
  let applied: AppliedTopology;

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function withEndpoint<T>(
    work: (clients: ReturnType<typeof awsClients>, url: string) => Promise<T>,
  ): Promise<T> {
    const aws = await startLocalAws({ port: 0, dataDir });
    const clients = awsClients(aws.url);
    try {
      return await work(clients, aws.url);
    } finally {
      clients.destroy();
      await aws.stop();
    }
  }

  beforeAll(async () => {
    await withEndpoint(async (clients, url) => {
      applied = await applyTopology(messagingTopology, { endpoint: url, region: 'us-east-1', prefix });
      await clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: applied.queues['audit-events']?.url,
          MessageBody: 'sent before the restart',
        }),
      );
    });
  });

  it('keeps topics, subscriptions, queues with their messages, rules and targets', async () => {
    await withEndpoint(async (clients, url) => {
      const { Topics } = await clients.sns.send(new ListTopicsCommand({}));
      expect(Topics?.map((topic) => topic.TopicArn)).toContain(applied.topics['catalog-events']?.arn);
      const { Subscriptions } = await clients.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: applied.topics['catalog-events']?.arn }),
      );
      expect(Subscriptions?.map((subscription) => subscription.Endpoint)).toEqual([
        applied.queues['inventory-catalog-events']?.arn,
      ]);

      // The port changed with the restart: the queue is found by the name in its URL.
      const auditUrl = `${url}/000000000000/${applied.queues['audit-events']?.name}`;
      await expect(receiveOne(clients.sqs, auditUrl)).resolves.toMatchObject({ Body: 'sent before the restart' });

      const rule = applied.rules['catalog-price-changes'];
      const { Targets } = await clients.events.send(
        new ListTargetsByRuleCommand({ Rule: rule?.name, EventBusName: rule?.bus }),
      );
      expect(Targets?.map((target) => target.Arn)).toEqual([applied.queues['pricing-watch']?.arn]);

      await clients.events.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: rule?.bus,
              Source: 'shop.catalog',
              DetailType: 'catalog.product.price-changed.v1',
              Detail: '{"after":"restart"}',
            },
          ],
        }),
      );
      const pricingUrl = `${url}/000000000000/${applied.queues['pricing-watch']?.name}`;
      const delivered = await receiveOne(clients.sqs, pricingUrl);
      expect(JSON.parse(delivered.Body ?? '')).toMatchObject({ detail: { after: 'restart' } });
    });
  });
});
