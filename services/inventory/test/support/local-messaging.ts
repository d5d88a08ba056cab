import { randomUUID } from 'node:crypto';
import { PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import { DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { parseEvent, type EventEnvelope } from '@shop/contracts';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '@shop/local-aws';
import { freePort } from '@shop/testing';
import { messagingTopology } from '@shop/topology';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

/**
 * The real local AWS endpoint in this process with the shop's topology under a prefix of its own: the
 * test publishes to topics as the other services would and reads what arrives on queues.
 */
export class LocalMessaging {
  readonly prefix = `t${randomUUID().slice(0, 8)}`;
  private aws!: LocalAws;
  private applied!: AppliedTopology;
  private sns!: SNSClient;
  private sqs!: SQSClient;
  private readonly collectors: QueueCollector[] = [];

  get url(): string {
    return this.aws.url;
  }

  async start(): Promise<void> {
    this.aws = await startLocalAws({ port: await freePort() });
    this.applied = await applyTopology(messagingTopology, {
      endpoint: this.aws.url,
      region: REGION,
      prefix: this.prefix,
    });
    const client = { endpoint: this.aws.url, region: REGION, credentials: CREDENTIALS };
    this.sns = new SNSClient(client);
    this.sqs = new SQSClient(client);
  }

  async stop(): Promise<void> {
    await Promise.all(this.collectors.map((collector) => collector.stop()));
    this.sns?.destroy();
    this.sqs?.destroy();
    await this.aws?.stop();
  }

  /** Publishes an envelope to a topic with the attributes the outbox relay sets. */
  async publish(topic: string, envelope: EventEnvelope): Promise<void> {
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.applied.topics[topic]?.arn,
        Message: JSON.stringify(envelope),
        MessageAttributes: {
          'shop.event.type': text(envelope.type),
          'shop.event.id': text(envelope.id),
          'shop.correlation.id': text(envelope.correlationId),
        },
      }),
    );
  }

  /**
   * Resolves once a queue holds no message, waiting or in flight: a consumer deletes a message only after
   * its handler finished, so by then every delivery so far was handled.
   */
  async drained(queue: string, timeoutMs = 30_000): Promise<void> {
    const url = this.queueUrl(queue);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { Attributes = {} } = await this.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      const left =
        Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
      if (left === 0) return;
      if (Date.now() > deadline) throw new Error(`${queue} still holds ${left} messages after ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Starts draining a queue into memory (deleting each message), for tests to wait on. */
  collect(queue: string): QueueCollector {
    const collector = new QueueCollector(this.sqs, this.queueUrl(queue));
    this.collectors.push(collector);
    return collector;
  }

  private queueUrl(queue: string): string {
    const url = this.applied.queues[queue]?.url;
    if (url === undefined) throw new Error(`queue ${queue} was not applied`);
    return url;
  }
}

/** The envelopes that arrived on one queue (SNS raw delivery is the envelope, EventBridge wraps it). */
export class QueueCollector {
  readonly envelopes: EventEnvelope[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly sqs: SQSClient,
    private readonly url: string,
  ) {
    this.loop = this.poll();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** The envelopes matching `wanted` once there are at least `count` of them. */
  async waitFor(wanted: (envelope: EventEnvelope) => boolean, count = 1, timeoutMs = 30_000): Promise<EventEnvelope[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.envelopes.filter(wanted);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `${found.length} of ${count} events arrived; seen: ${this.envelopes.map((e) => e.type).join(', ')}`,
        );
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  private async poll(): Promise<void> {
    while (this.running) {
      const { Messages = [] } = await this.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: this.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      for (const message of Messages) {
        await this.sqs.send(new DeleteMessageCommand({ QueueUrl: this.url, ReceiptHandle: message.ReceiptHandle }));
        const body = JSON.parse(message.Body ?? '{}') as { detail?: unknown };
        const parsed = parseEvent(body.detail ?? body);
        if (!parsed.ok) throw new Error(`invalid event on the queue: ${parsed.reason}`);
        this.envelopes.push(parsed.envelope);
      }
    }
  }
}

/** An envelope's data field, for filters. */
export function dataOf(envelope: EventEnvelope): Record<string, unknown> {
  return envelope.data as Record<string, unknown>;
}
