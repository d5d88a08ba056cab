import { DescribeRuleCommand, ListTargetsByRuleCommand } from '@aws-sdk/client-eventbridge';
import { HeadBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetSubscriptionAttributesCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { messagingTopology, type MessagingTopology } from '@shop/topology';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '../src';
import { awsClients, uniquePrefix } from './aws-clients';

function parsed(json: string | undefined): Record<string, unknown> {
  return JSON.parse(json ?? '{}') as Record<string, unknown>;
}

describe(applyTopology.name, () => {
  let aws: LocalAws;
  let clients: ReturnType<typeof awsClients>;

  beforeAll(async () => {
    aws = await startLocalAws({ port: 0 });
    clients = awsClients(aws.url);
  });

  afterAll(async () => {
    clients.destroy();
    await aws.stop();
  });

  /** Every setting applyTopology makes, read back through the AWS APIs. */
  async function observedState(topology: MessagingTopology, applied: AppliedTopology) {
    const queues = await Promise.all(
      Object.values(applied.queues).map(async (queue) => {
        const { Attributes } = await clients.sqs.send(
          new GetQueueAttributesCommand({
            QueueUrl: queue.url,
            AttributeNames: [
              'VisibilityTimeout',
              'ReceiveMessageWaitTimeSeconds',
              'MessageRetentionPeriod',
              'RedrivePolicy',
              'Policy',
            ],
          }),
        );
        return [queue.name, Attributes ?? {}] as const;
      }),
    );
    const subscriptions = await Promise.all(
      applied.subscriptions.map(async (subscription) => {
        const { Attributes } = await clients.sns.send(
          new GetSubscriptionAttributesCommand({ SubscriptionArn: subscription.arn }),
        );
        return [
          subscription.arn,
          {
            raw: Attributes?.RawMessageDelivery,
            filter: Attributes?.FilterPolicy,
            scope: Attributes?.FilterPolicyScope,
          },
        ] as const;
      }),
    );
    const rules = await Promise.all(
      topology.rules.map(async (declared) => {
        const rule = applied.rules[declared.name];
        const described = await clients.events.send(
          new DescribeRuleCommand({ Name: rule?.name, EventBusName: rule?.bus }),
        );
        const { Targets } = await clients.events.send(
          new ListTargetsByRuleCommand({ Rule: rule?.name, EventBusName: rule?.bus }),
        );
        return [described.Arn, described.EventPattern, described.State, Targets];
      }),
    );
    const appliedBuckets = new Set(Object.values(applied.buckets).map((bucket) => bucket.name));
    const { Buckets } = await clients.s3.send(new ListBucketsCommand({}));
    return {
      queues: new Map<string, Record<string, string>>(queues),
      subscriptions: Object.fromEntries(subscriptions),
      rules,
      buckets: (Buckets ?? []).map((bucket) => bucket.Name).filter((name) => appliedBuckets.has(name ?? '')),
    };
  }

  it('creates every declared resource with its settings', async () => {
    const prefix = uniquePrefix();
    const applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix });
    const state = await observedState(messagingTopology, applied);

    const inventory = state.queues.get(`${prefix}-inventory-catalog-events`);
    expect(inventory).toMatchObject({
      VisibilityTimeout: '60',
      ReceiveMessageWaitTimeSeconds: '20',
      MessageRetentionPeriod: '345600',
    });
    expect(parsed(inventory?.RedrivePolicy)).toEqual({
      deadLetterTargetArn: applied.queues['inventory-catalog-events-dlq']?.arn,
      maxReceiveCount: 5,
    });
    expect(parsed(inventory?.Policy).Statement).toEqual([
      expect.objectContaining({
        Principal: { Service: 'sns.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': applied.topics['catalog-events']?.arn } },
      }),
    ]);
    expect(state.queues.get(`${prefix}-audit-events-dlq`)).toMatchObject({ MessageRetentionPeriod: '1209600' });
    expect(parsed(state.queues.get(`${prefix}-audit-events-dlq`)?.Policy).Statement).toEqual([
      expect.objectContaining({
        Principal: { Service: 'events.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': applied.rules['audit-all-shop-events']?.arn } },
      }),
    ]);
    expect(Object.values(state.subscriptions)).toEqual(
      messagingTopology.subscriptions.map((subscription) => ({
        raw: 'true',
        filter: JSON.stringify(subscription.filterPolicy),
        // A subscription without a filter policy has no scope either.
        scope: subscription.filterPolicy ? 'MessageAttributes' : undefined,
      })),
    );
    expect(state.rules[0]).toEqual([
      applied.rules['audit-all-shop-events']?.arn,
      '{"source":[{"prefix":"shop."}]}',
      'ENABLED',
      [
        {
          Id: 'audit-events',
          Arn: applied.queues['audit-events']?.arn,
          DeadLetterConfig: { Arn: applied.queues['audit-events-dlq']?.arn },
          RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 3600 },
        },
      ],
    ]);
  });

  it('creates the declared buckets', async () => {
    const prefix = uniquePrefix();
    const applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix });

    expect(applied.buckets).toEqual({ 'product-images': { name: `${prefix}-product-images` } });
    await expect(clients.s3.send(new HeadBucketCommand({ Bucket: `${prefix}-product-images` }))).resolves.toMatchObject(
      { $metadata: { httpStatusCode: 200 } },
    );
  });

  it('creates the buckets of another storage topology when given one', async () => {
    const prefix = uniquePrefix();
    const storage = { buckets: [{ name: 'exports', description: 'Test exports.' }] };
    const applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix, storage });

    expect(Object.keys(applied.buckets)).toEqual(['exports']);
    await expect(clients.s3.send(new HeadBucketCommand({ Bucket: `${prefix}-exports` }))).resolves.toBeDefined();
  });

  it('is idempotent: a second run succeeds and changes nothing', async () => {
    const prefix = uniquePrefix();
    const first = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix });
    const before = await observedState(messagingTopology, first);

    const second = await applyTopology(messagingTopology, { endpoint: aws.url, region: 'us-east-1', prefix });

    expect(second).toEqual(first);
    await expect(observedState(messagingTopology, second)).resolves.toEqual(before);
  });
});
