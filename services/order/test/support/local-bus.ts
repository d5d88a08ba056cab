import { randomUUID } from 'node:crypto';
import { PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createEnvelope, parseEvent, type EventContract, type EventDataOf, type EventEnvelope } from '@shop/contracts';
import { applyTopology, startLocalAws, type AppliedTopology, type LocalAws } from '@shop/local-aws';
import { freePort, waitFor } from '@shop/testing';
import { messagingTopology } from '@shop/topology';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/** One message as a watched queue delivered it. */
export interface Delivery {
  queue: string;
  messageId: string;
  envelope: EventEnvelope;
  attributes: Record<string, string | undefined>;
}

/**
 * The real local AWS endpoint (in this process) with the shop's topology applied under a prefix of its own,
 * and watchers that drain chosen queues into `deliveries` (every message, deleted once read), so a test
 * can wait for an event and count how often it came.
 */
export class LocalBus {
  readonly deliveries: Delivery[] = [];
  private readonly sqs: SQSClient;
  private readonly sns: SNSClient;
  private watching = true;
  private readonly watchers: Promise<void>[] = [];

  private constructor(
    private readonly aws: LocalAws,
    private readonly applied: AppliedTopology,
    readonly prefix: string,
  ) {
    this.sqs = new SQSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
    this.sns = new SNSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
  }

  static async start(watchedQueues: readonly string[]): Promise<LocalBus> {
    const aws = await startLocalAws({ port: await freePort() });
    const prefix = `t${randomUUID().slice(0, 8)}`;
    const applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix });
    const bus = new LocalBus(aws, applied, prefix);
    for (const queue of watchedQueues) bus.watchers.push(bus.watch(queue));
    return bus;
  }

  get endpoint(): string {
    return this.aws.url;
  }

  /** Settings for an order service publishing to and consuming from this bus. */
  serviceEnv(): Record<string, string> {
    return { AWS_ENDPOINT_URL: this.aws.url, SHOP_RESOURCE_PREFIX: this.prefix };
  }

  /** Publishes an inventory event to the inventory topic as inventory's outbox relay does. */
  async publishInventoryEvent<TContract extends EventContract>(
    contract: TContract,
    data: EventDataOf<TContract>,
    options: { correlationId?: string; traceparent?: string } = {},
  ): Promise<EventEnvelope> {
    const envelope = createEnvelope(contract, data, { correlationId: options.correlationId ?? randomUUID() });
    await this.publishEnvelope(envelope, options.traceparent);
    return envelope;
  }

  /**
   * Publishes `envelope` (again, for a redelivery) with the message attributes the relay sets; with a
   * `traceparent`, as a producer continuing that trace would.
   */
  async publishEnvelope(envelope: EventEnvelope, traceparent?: string): Promise<void> {
    const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.applied.topics['inventory-events']?.arn,
        Message: JSON.stringify(envelope),
        MessageAttributes: {
          'shop.event.type': text(envelope.type),
          'shop.event.id': text(envelope.id),
          'shop.correlation.id': text(envelope.correlationId),
          ...(traceparent === undefined ? {} : { traceparent: text(traceparent) }),
        },
      }),
    );
  }

  /** The deliveries on `queue` of events of `type` about `orderId`. */
  about(queue: string, type: string, orderId: string): Delivery[] {
    return this.deliveries.filter(
      (delivery) =>
        delivery.queue === queue &&
        delivery.envelope.type === type &&
        (delivery.envelope.data as { orderId?: unknown }).orderId === orderId,
    );
  }

  /** Waits for the first delivery on `queue` of an event of `type` about `orderId`. */
  waitFor(queue: string, type: string, orderId: string, timeoutMs = 30_000): Promise<Delivery> {
    return waitFor(
      () => this.about(queue, type, orderId)[0],
      timeoutMs,
      () => `${type} of ${orderId} on ${queue}`,
    );
  }

  async stop(): Promise<void> {
    this.watching = false;
    await Promise.all(this.watchers);
    this.sqs.destroy();
    this.sns.destroy();
    await this.aws.stop();
  }

  private async watch(queue: string): Promise<void> {
    const queueUrl = this.applied.queues[queue]?.url;
    if (!queueUrl) throw new Error(`queue ${queue} was not applied`);
    while (this.watching) {
      const { Messages = [] } = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          MessageAttributeNames: ['All'],
        }),
      );
      for (const message of Messages) {
        await this.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
        // SNS raw delivery is the envelope; EventBridge wraps it as `detail`.
        const body = JSON.parse(message.Body ?? '{}') as { detail?: unknown };
        const parsed = parseEvent(body.detail ?? body);
        if (!parsed.ok) throw new Error(`invalid event on ${queue}: ${parsed.reason}`);
        this.deliveries.push({
          queue,
          messageId: message.MessageId ?? '',
          envelope: parsed.envelope,
          attributes: Object.fromEntries(
            Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue]),
          ),
        });
      }
    }
  }
}
