import {
  CreateEventBusCommand,
  DescribeEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  SNSClient,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
  type Subscription,
} from '@aws-sdk/client-sns';
import { CreateBucketCommand, HeadBucketCommand, NotFound, S3Client } from '@aws-sdk/client-s3';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  SQSClient,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import {
  physicalName,
  storageTopology,
  type MessagingTopology,
  type RuleDeclaration,
  type StorageTopology,
  type SubscriptionDeclaration,
} from '@shop/topology';
import { queuePolicy, type QueueSender } from './queue-policy';

export interface ApplyTopologyOptions {
  /** The local endpoint's URL; omit to provision the account the SDK's credentials belong to. */
  endpoint?: string;
  region: string;
  /** Physical names are `${prefix}-${logical}`. */
  prefix: string;
  /** Defaults to test/test when `endpoint` is given, else to the SDK's credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** The S3 buckets to create beside the messaging; defaults to the shop's (`storageTopology`). */
  storage?: StorageTopology;
}

export interface AppliedQueue {
  readonly name: string;
  readonly url: string;
  readonly arn: string;
}

/** Physical names, URLs and ARNs of what applyTopology created or found, by logical name. */
export interface AppliedTopology {
  readonly topics: Readonly<Record<string, { readonly name: string; readonly arn: string }>>;
  /** Declared queues and their dead-letter queues (`<queue>-dlq`), by logical name. */
  readonly queues: Readonly<Record<string, AppliedQueue>>;
  readonly subscriptions: readonly { readonly topic: string; readonly queue: string; readonly arn: string }[];
  readonly buses: Readonly<Record<string, { readonly name: string; readonly arn: string }>>;
  readonly rules: Readonly<Record<string, { readonly name: string; readonly bus: string; readonly arn: string }>>;
  readonly buckets: Readonly<Record<string, { readonly name: string }>>;
}

const DEFAULT_BUS = 'default';

/**
 * Creates the topology's SNS topics, SQS queues (with dead-letter queues, redrive policies and the
 * queue policies SNS and EventBridge need), subscriptions, EventBridge buses, rules and targets, and the
 * storage topology's S3 buckets.
 * Idempotent: what exists is brought to the declared settings, so a second run changes nothing.
 * Resources that are no longer declared are left alone.
 */
export async function applyTopology(
  topology: MessagingTopology,
  options: ApplyTopologyOptions,
): Promise<AppliedTopology> {
  const credentials =
    options.credentials ??
    (options.endpoint === undefined ? undefined : { accessKeyId: 'test', secretAccessKey: 'test' });
  const clientConfig = {
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(credentials === undefined ? {} : { credentials }),
  };
  const sqs = new SQSClient(clientConfig);
  const sns = new SNSClient(clientConfig);
  const events = new EventBridgeClient(clientConfig);
  // Path-style: a local endpoint is an IP address, where bucket host names (virtual-hosted style) cannot resolve.
  const s3 = new S3Client({ ...clientConfig, forcePathStyle: options.endpoint !== undefined });
  const name = (logical: string) => physicalName(logical, options.prefix);
  try {
    const queues: Record<string, AppliedQueue> = {};
    for (const queue of topology.queues) {
      const dlq = await ensureQueue(sqs, name(queue.deadLetterQueue.name), {
        MessageRetentionPeriod: String(queue.deadLetterQueue.messageRetentionSeconds),
      });
      queues[queue.deadLetterQueue.name] = dlq;
      queues[queue.name] = await ensureQueue(sqs, name(queue.name), {
        VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
        ReceiveMessageWaitTimeSeconds: String(queue.receiveWaitTimeSeconds),
        MessageRetentionPeriod: String(queue.messageRetentionSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: queue.maxReceiveCount }),
      });
    }
    const queueNamed = (logical: string): AppliedQueue => {
      const queue = queues[logical];
      if (queue === undefined) throw new Error(`Topology names an undeclared queue: ${logical}`);
      return queue;
    };

    const topics: Record<string, { name: string; arn: string }> = {};
    for (const topic of topology.topics) {
      const created = await sns.send(new CreateTopicCommand({ Name: name(topic.name) }));
      topics[topic.name] = { name: name(topic.name), arn: required(created.TopicArn, 'TopicArn') };
    }
    const topicNamed = (logical: string) => {
      const topic = topics[logical];
      if (topic === undefined) throw new Error(`Topology names an undeclared topic: ${logical}`);
      return topic;
    };

    const buses: Record<string, { name: string; arn: string }> = {};
    for (const bus of topology.buses) buses[bus.name] = await ensureBus(events, name(bus.name), bus.description);
    const busName = (logical: string) =>
      logical === DEFAULT_BUS ? DEFAULT_BUS : (buses[logical]?.name ?? name(logical));

    const rules: Record<string, { name: string; bus: string; arn: string }> = {};
    for (const rule of topology.rules) {
      const put = await events.send(new PutRuleCommand(ruleInput(rule, name(rule.name), busName(rule.bus))));
      rules[rule.name] = { name: name(rule.name), bus: busName(rule.bus), arn: required(put.RuleArn, 'RuleArn') };
    }

    // Queue policies before subscriptions and targets: AWS drops deliveries a policy does not allow.
    const senders = new Map<string, QueueSender[]>();
    const allow = (queue: string, sender: QueueSender) => senders.set(queue, [...(senders.get(queue) ?? []), sender]);
    for (const subscription of topology.subscriptions) {
      allow(subscription.queue, { service: 'sns.amazonaws.com', sourceArn: topicNamed(subscription.topic).arn });
    }
    for (const rule of topology.rules) {
      for (const target of rule.targets) {
        const sourceArn = rules[rule.name]?.arn ?? '';
        allow(target.queue, { service: 'events.amazonaws.com', sourceArn });
        allow(target.deadLetterQueue, { service: 'events.amazonaws.com', sourceArn });
      }
    }
    for (const [queue, queueSenders] of senders) {
      const applied = queueNamed(queue);
      await sqs.send(
        new SetQueueAttributesCommand({
          QueueUrl: applied.url,
          Attributes: { Policy: queuePolicy(applied.arn, queueSenders) },
        }),
      );
    }

    const subscriptions = [];
    for (const subscription of topology.subscriptions) {
      const arn = await ensureSubscription(
        sns,
        topicNamed(subscription.topic).arn,
        queueNamed(subscription.queue).arn,
        subscription,
      );
      subscriptions.push({ topic: subscription.topic, queue: subscription.queue, arn });
    }

    for (const rule of topology.rules) {
      const applied = rules[rule.name];
      if (applied === undefined || rule.targets.length === 0) continue;
      const result = await events.send(
        new PutTargetsCommand({
          Rule: applied.name,
          EventBusName: applied.bus,
          Targets: rule.targets.map((target) => ({
            Id: target.id,
            Arn: queueNamed(target.queue).arn,
            DeadLetterConfig: { Arn: queueNamed(target.deadLetterQueue).arn },
            RetryPolicy: {
              MaximumRetryAttempts: target.retryPolicy.maximumRetryAttempts,
              MaximumEventAgeInSeconds: target.retryPolicy.maximumEventAgeInSeconds,
            },
          })),
        }),
      );
      if ((result.FailedEntryCount ?? 0) > 0) {
        throw new Error(`PutTargets failed for rule ${applied.name}: ${JSON.stringify(result.FailedEntries)}`);
      }
    }

    const buckets: Record<string, { name: string }> = {};
    for (const bucket of (options.storage ?? storageTopology).buckets) {
      buckets[bucket.name] = { name: await ensureBucket(s3, name(bucket.name)) };
    }

    return { topics, queues, subscriptions, buses, rules, buckets };
  } finally {
    sqs.destroy();
    sns.destroy();
    events.destroy();
    s3.destroy();
  }
}

async function ensureBucket(s3: S3Client, bucketName: string): Promise<string> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucketName }));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    await s3.send(new CreateBucketCommand({ Bucket: bucketName }));
  }
  return bucketName;
}

async function ensureQueue(
  sqs: SQSClient,
  queueName: string,
  attributes: Record<string, string>,
): Promise<AppliedQueue> {
  let url: string;
  try {
    const found = await sqs.send(new GetQueueUrlCommand({ QueueName: queueName }));
    url = required(found.QueueUrl, 'QueueUrl');
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
  } catch (error) {
    if (!(error instanceof QueueDoesNotExist)) throw error;
    const created = await sqs.send(new CreateQueueCommand({ QueueName: queueName, Attributes: attributes }));
    url = required(created.QueueUrl, 'QueueUrl');
  }
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  return { name: queueName, url, arn: required(Attributes?.QueueArn, 'QueueArn') };
}

async function ensureBus(
  events: EventBridgeClient,
  busName: string,
  description: string,
): Promise<{ name: string; arn: string }> {
  try {
    const found = await events.send(new DescribeEventBusCommand({ Name: busName }));
    return { name: busName, arn: required(found.Arn, 'Arn') };
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    const created = await events.send(new CreateEventBusCommand({ Name: busName, Description: description }));
    return { name: busName, arn: required(created.EventBusArn, 'EventBusArn') };
  }
}

function ruleInput(rule: RuleDeclaration, ruleName: string, busName: string) {
  return {
    Name: ruleName,
    EventBusName: busName,
    Description: rule.description,
    State: 'ENABLED' as const,
    ...(rule.eventPattern === undefined ? {} : { EventPattern: JSON.stringify(rule.eventPattern) }),
    ...(rule.scheduleExpression === undefined ? {} : { ScheduleExpression: rule.scheduleExpression }),
  };
}

/** Subscribes the queue, or brings an existing subscription's attributes to the declared ones. */
async function ensureSubscription(
  sns: SNSClient,
  topicArn: string,
  queueArn: string,
  declaration: SubscriptionDeclaration,
): Promise<string> {
  const attributes = subscriptionAttributes(declaration);
  const existing = await findSubscription(sns, topicArn, queueArn);
  if (existing?.SubscriptionArn === undefined) {
    const created = await sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: 'sqs',
        Endpoint: queueArn,
        Attributes: attributes,
        ReturnSubscriptionArn: true,
      }),
    );
    return required(created.SubscriptionArn, 'SubscriptionArn');
  }
  for (const [AttributeName, AttributeValue] of Object.entries(attributes)) {
    await sns.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: existing.SubscriptionArn,
        AttributeName,
        AttributeValue,
      }),
    );
  }
  return existing.SubscriptionArn;
}

function subscriptionAttributes(declaration: SubscriptionDeclaration): Record<string, string> {
  return {
    RawMessageDelivery: String(declaration.rawMessageDelivery),
    ...(declaration.filterPolicy === undefined
      ? {}
      : {
          FilterPolicy: JSON.stringify(declaration.filterPolicy),
          FilterPolicyScope: declaration.filterPolicyScope ?? 'MessageAttributes',
        }),
  };
}

async function findSubscription(sns: SNSClient, topicArn: string, queueArn: string): Promise<Subscription | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: nextToken }));
    const found = page.Subscriptions?.find(
      (subscription) => subscription.Protocol === 'sqs' && subscription.Endpoint === queueArn,
    );
    if (found) return found;
    nextToken = page.NextToken;
  } while (nextToken);
  return undefined;
}

function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw new Error(`The AWS answer has no ${field}`);
  return value;
}
