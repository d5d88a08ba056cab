import { ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { LoggerService } from '@nestjs/common';
import type { ConsumedQueue } from './consumed-queue';
import { untraced } from '@shop/observability';

/** SQS returns at most 10 messages per receive. */
const MAX_MESSAGES_PER_RECEIVE = 10;
/** Long polling at its maximum: an idle consumer makes three receives a minute. */
const WAIT_TIME_SECONDS = 20;
const PAUSE_AFTER_RECEIVE_ERROR_MS = 1_000;

/** What the poller reports when it has stopped. */
export interface PollerStopped {
  /** Messages still being handled when the shutdown timeout ran out; SQS delivers them again later. */
  readonly abandoned: number;
}

/**
 * Long-polls one queue and hands each message to `process`, with at most `concurrency` messages in
 * hand at once: it asks SQS only for as many as it has free slots, so a message never waits in this
 * process while its visibility timeout runs.
 */
export class QueuePoller {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private slotFreed: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly sqs: SQSClient,
    private readonly queue: ConsumedQueue,
    private readonly concurrency: number,
    private readonly process: (message: Message) => Promise<void>,
    private readonly logger: LoggerService,
  ) {}

  start(): void {
    this.loop ??= this.poll();
  }

  /** Stops receiving, then waits for the messages in hand, at most `timeoutMs`. */
  async stop(timeoutMs: number): Promise<PollerStopped> {
    this.stopping = true;
    // A receive cut short may leave messages SQS already handed out invisible until their timeout ends.
    this.abort.abort();
    this.slotFreed?.();
    await this.loop;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const settled = await Promise.race([Promise.allSettled([...this.inFlight]), timedOut]);
    clearTimeout(timer);
    return { abandoned: settled === 'timeout' ? this.inFlight.size : 0 };
  }

  private async poll(): Promise<void> {
    while (!this.stopping) {
      await this.freeSlot();
      if (this.stopping) break;
      const messages = await this.receive(Math.min(MAX_MESSAGES_PER_RECEIVE, this.concurrency - this.inFlight.size));
      for (const message of messages) this.track(this.process(message));
    }
  }

  private async receive(maxMessages: number): Promise<Message[]> {
    try {
      const { Messages = [] } = await untraced(() =>
        this.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: this.queue.url,
            MaxNumberOfMessages: maxMessages,
            WaitTimeSeconds: WAIT_TIME_SECONDS,
            MessageAttributeNames: ['All'],
            MessageSystemAttributeNames: [
              'ApproximateReceiveCount',
              'ApproximateFirstReceiveTimestamp',
              'SentTimestamp',
              'AWSTraceHeader',
            ],
          }),
          { abortSignal: this.abort.signal },
        ),
      );
      return Messages;
    } catch (error) {
      if (this.stopping) return [];
      this.logger.error({ msg: 'receiving from queue failed', queue: this.queue.name, err: error });
      await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_RECEIVE_ERROR_MS));
      return [];
    }
  }

  private freeSlot(): Promise<void> {
    if (this.inFlight.size < this.concurrency) return Promise.resolve();
    return new Promise((resolve) => {
      this.slotFreed = resolve;
    });
  }

  private track(processing: Promise<void>): void {
    const tracked = processing
      .catch((error: unknown) => {
        this.logger.error({ msg: 'processing a message failed', queue: this.queue.name, err: error });
      })
      .finally(() => {
        this.inFlight.delete(tracked);
        const freed = this.slotFreed;
        this.slotFreed = undefined;
        freed?.();
      });
    this.inFlight.add(tracked);
  }
}
