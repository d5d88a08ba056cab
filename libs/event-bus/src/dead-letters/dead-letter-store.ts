import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { physicalName } from '@shop/topology';
import { resolveConsumedQueue, type ConsumedQueue } from '../consuming/consumed-queue';
import { readEventMessage } from '../consuming/read-event-message';
import { MessagingAttributes } from '../telemetry/messaging-names';
import { readDeadLetterInfo, withoutDeadLetterAttributes } from './dead-letter-attributes';

// Long enough to page through a DLQ without seeing a message twice; every message is released at the end.
const HOLD_SECONDS = 30;
// A 1 s wait makes SQS look at all its servers, so an empty answer means an empty queue.
const RECEIVE_WAIT_SECONDS = 1;
/** Messages one listing or one redrive takes from each dead-letter queue at most. */
export const MAX_MESSAGES_PER_QUEUE = 100;

/** The reason shown for messages SQS's own redrive policy moved: it records none. */
export const MOVED_BY_REDRIVE_POLICY = 'moved by the queue redrive policy after its maxReceiveCount receives';

/** One dead-lettered message, as the admin API shows it. */
export interface DeadLetter {
  /** The id of the message in the dead-letter queue: what a redrive names. */
  readonly messageId: string;
  readonly eventType?: string;
  readonly eventId?: string;
  readonly reason: string;
  /** Receives in the source queue before it was dead-lettered, when the consumer moved it. */
  readonly receiveCount?: number;
  /** When the source queue first delivered it, when known. */
  readonly firstSeenAt?: string;
}

/** One source queue and what its dead-letter queue holds. */
export interface DeadLetterQueueContents {
  /** Logical name of the source queue. */
  readonly queue: string;
  readonly deadLetterQueue: string;
  readonly messages: readonly DeadLetter[];
}

/** What a redrive asks for: every message of every queue, of one queue, or only the given messages. */
export interface RedriveRequest {
  readonly queue?: string;
  readonly messageIds?: readonly string[];
}

export interface RedriveResult {
  /** DLQ message ids sent back to their source queue, by logical source queue name. */
  readonly redriven: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads and redrives the dead-letter queues of some source queues with ReceiveMessage, SendMessage and
 * DeleteMessage. (StartMessageMoveTask would move a whole queue inside AWS, but the local endpoint does not
 * implement it, and a move task keeps the dead-letter attributes on the message; this works on both.)
 */
export class DeadLetterStore {
  private resolved: Promise<Map<string, ConsumedQueue>> | undefined;

  constructor(
    private readonly sqs: SQSClient,
    /** Logical names of the source queues. */
    private readonly queues: readonly string[],
    private readonly resourcePrefix: string,
  ) {}

  /** Every queue's dead letters (at most MAX_MESSAGES_PER_QUEUE each), left in place. */
  async list(): Promise<DeadLetterQueueContents[]> {
    const queues = await this.resolve();
    return Promise.all(
      [...queues].map(async ([logical, queue]) => {
        const messages = await this.hold(queue.deadLetterQueue.url);
        await this.release(queue.deadLetterQueue.url, messages);
        return { queue: logical, deadLetterQueue: queue.deadLetterQueue.name, messages: messages.map(describe) };
      }),
    );
  }

  /**
   * Sends dead letters back to their source queue without the dead-letter attributes (as first published,
   * so they get a fresh set of attempts), then deletes them from the DLQ.
   */
  async redrive(request: RedriveRequest): Promise<RedriveResult> {
    const queues = await this.resolve();
    const wanted = request.messageIds ? new Set(request.messageIds) : undefined;
    const redriven: Record<string, string[]> = {};
    for (const [logical, queue] of queues) {
      if (request.queue !== undefined && request.queue !== logical) continue;
      const held = await this.hold(queue.deadLetterQueue.url);
      const chosen = held.filter((message) => !wanted || wanted.has(message.MessageId ?? ''));
      await this.release(
        queue.deadLetterQueue.url,
        held.filter((message) => !chosen.includes(message)),
      );
      redriven[logical] = [];
      for (const message of chosen) {
        await this.sqs.send(
          new SendMessageCommand({
            QueueUrl: queue.url,
            MessageBody: message.Body ?? '',
            MessageAttributes: withoutDeadLetterAttributes(message.MessageAttributes),
          }),
        );
        await this.sqs.send(
          new DeleteMessageCommand({ QueueUrl: queue.deadLetterQueue.url, ReceiptHandle: message.ReceiptHandle }),
        );
        redriven[logical].push(message.MessageId ?? '');
      }
    }
    return { redriven };
  }

  /** Whether a logical queue name is one of this store's. */
  knows(queue: string): boolean {
    return this.queues.includes(queue);
  }

  private resolve(): Promise<Map<string, ConsumedQueue>> {
    this.resolved ??= Promise.all(
      this.queues.map(
        async (logical) =>
          [logical, await resolveConsumedQueue(this.sqs, physicalName(logical, this.resourcePrefix))] as const,
      ),
    ).then((entries) => new Map(entries));
    // A failed look-up (endpoint down) is tried again on the next request.
    this.resolved.catch(() => {
      this.resolved = undefined;
    });
    return this.resolved;
  }

  /** Receives up to MAX_MESSAGES_PER_QUEUE messages and keeps them invisible meanwhile. */
  private async hold(queueUrl: string): Promise<Message[]> {
    const held = new Map<string, Message>();
    while (held.size < MAX_MESSAGES_PER_QUEUE) {
      const { Messages = [] } = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: Math.min(10, MAX_MESSAGES_PER_QUEUE - held.size),
          VisibilityTimeout: HOLD_SECONDS,
          WaitTimeSeconds: RECEIVE_WAIT_SECONDS,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['SentTimestamp'],
        }),
      );
      if (Messages.length === 0) break;
      for (const message of Messages) held.set(message.MessageId ?? '', message);
    }
    return [...held.values()];
  }

  private async release(queueUrl: string, messages: readonly Message[]): Promise<void> {
    for (let start = 0; start < messages.length; start += 10) {
      await this.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: messages.slice(start, start + 10).map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
            VisibilityTimeout: 0,
          })),
        }),
      );
    }
  }
}

function describe(message: Message): DeadLetter {
  const info = readDeadLetterInfo(message.MessageAttributes);
  const read = readEventMessage(message.Body);
  const attributes = message.MessageAttributes ?? {};
  const eventType =
    attributes[MessagingAttributes.EventType]?.StringValue ?? (read.ok ? read.envelope.type : undefined);
  const eventId = attributes[MessagingAttributes.EventId]?.StringValue ?? (read.ok ? read.envelope.id : undefined);
  return {
    messageId: message.MessageId ?? '',
    ...(eventType !== undefined ? { eventType } : {}),
    ...(eventId !== undefined ? { eventId } : {}),
    reason: info.reason ?? MOVED_BY_REDRIVE_POLICY,
    ...(info.receiveCount !== undefined ? { receiveCount: info.receiveCount } : {}),
    ...(info.firstReceivedAt !== undefined ? { firstSeenAt: info.firstReceivedAt.toISOString() } : {}),
  };
}
