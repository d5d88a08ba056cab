import { ChangeMessageVisibilityCommand, DeleteMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { Logger } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { physicalName } from '@shop/topology';
import { finalize, isObservable, lastValueFrom } from 'rxjs';
import { moveToDeadLetterQueue } from '../dead-letters/move-to-dead-letter-queue';
import { MessagingAttributes } from '../telemetry/messaging-names';
import { resolveConsumedQueue, type ConsumedQueue } from './consumed-queue';
import { ConsumerMetrics } from './consumer-metrics';
import { startConsumerSpan } from './consumer-span';
import { decideDelivery, type AttemptOutcome, type DeliveryDecision } from './delivery-decision';
import { describeFailure } from './describe-failure';
import { producerContext } from './producer-context';
import { QueuePoller } from './queue-poller';
import { readEventMessage } from './read-event-message';
import { SqsContext } from './sqs-context';
import type { SqsConsumerOptions } from './sqs-consumer-options';
import { SQS_TRANSPORT } from './sqs-transport';
import { startVisibilityHeartbeat } from './visibility-heartbeat';

const DEFAULT_CONCURRENCY = 10;
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;
// Looking the queues up again after a failure: from 1 s, doubling, at most every 30 s.
const FIRST_LOOKUP_RETRY_MS = 1_000;
const MAX_LOOKUP_RETRY_MS = 30_000;

interface AttemptResult {
  readonly outcome: AttemptOutcome;
  readonly reason?: string;
}

/**
 * Consumes SQS queues as a Nest transport: each message's envelope goes to the `@EventPattern(type)`
 * handler of its event type, inside a CONSUMER span continuing the producer's trace.
 *
 * Per message: delete after the handler succeeds; keep it invisible while a slow handler runs; after a
 * failure make it visible again after a backoff; on the queue's last allowed attempt move it to the DLQ
 * with the reason. Messages that cannot be read (not JSON, not a valid event) and events nobody here
 * handles go to the DLQ at once: retrying cannot help them, and the DLQ keeps them for a redrive once a
 * fix or a handler is deployed (deleting would lose them silently).
 *
 * ```ts
 * app.connectMicroservice({ strategy: new SqsConsumerServer({ queues: [{ queue: 'inventory-catalog-events' }], resourcePrefix }) });
 * await app.startAllMicroservices();
 * ```
 * Handlers live on `@EventConsumer()` controllers; `app.close()` stops polling and waits for the
 * messages in hand (at most `shutdownTimeoutMs`).
 */
export class SqsConsumerServer extends Server implements CustomTransportStrategy {
  override readonly transportId = SQS_TRANSPORT;
  // Failures come back to this class (it retries or dead-letters), so Nest need not log them as lost.
  override readonly propagatesEventHandlerErrors = true;
  protected override readonly logger = new Logger(SqsConsumerServer.name);

  private readonly sqs: SQSClient;
  private readonly ownsClient: boolean;
  private readonly metrics: ConsumerMetrics;
  private pollers: QueuePoller[] = [];
  private stopObservingQueues: (() => void) | undefined;
  private starting: Promise<void> | undefined;
  private readonly closing = new AbortController();

  constructor(private readonly options: SqsConsumerOptions) {
    super();
    this.ownsClient = options.sqs === undefined;
    this.sqs = options.sqs ?? new SQSClient({});
    this.metrics = new ConsumerMetrics(options.meter);
  }

  /**
   * Looks the queues up (their redrive policy and visibility timeout) and starts polling them. An
   * unreachable SQS does not stop the process: the service keeps answering HTTP while the lookup is
   * retried in the background, and messages wait in their queues meanwhile.
   */
  listen(callback: (error?: unknown) => void): void {
    this.starting = this.startWhenReachable();
    callback();
  }

  /** Stops polling, waits for the messages in hand (bounded by the shutdown timeout), then lets go of SQS. */
  async close(): Promise<void> {
    this.closing.abort();
    await this.starting;
    const pollers = this.pollers;
    this.pollers = [];
    const timeoutMs = this.options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
    const stopped = await Promise.all(pollers.map((poller) => poller.stop(timeoutMs)));
    const abandoned = stopped.reduce((sum, { abandoned: count }) => sum + count, 0);
    if (abandoned > 0) {
      this.logger.warn({ msg: 'shutdown timed out; SQS will deliver the unfinished messages again', abandoned });
    }
    this.stopObservingQueues?.();
    this.stopObservingQueues = undefined;
    if (this.ownsClient) this.sqs.destroy();
  }

  on(): never {
    throw new Error('SqsConsumerServer has no events to listen to');
  }

  unwrap<T>(): T {
    return this.sqs as T;
  }

  private async startWhenReachable(): Promise<void> {
    for (let delayMs = FIRST_LOOKUP_RETRY_MS; !this.closing.signal.aborted;) {
      try {
        await this.start();
        return;
      } catch (error) {
        this.logger.warn({
          msg: 'could not look the consumed queues up; retrying',
          error: describeFailure(error),
          retryInMs: delayMs,
        });
        await abortableDelay(delayMs, this.closing.signal);
        delayMs = Math.min(delayMs * 2, MAX_LOOKUP_RETRY_MS);
      }
    }
  }

  private async start(): Promise<void> {
    const queues = await Promise.all(
      this.options.queues.map(async (options) => ({
        queue: await resolveConsumedQueue(this.sqs, physicalName(options.queue, this.options.resourcePrefix)),
        concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      })),
    );
    this.stopObservingQueues = this.metrics.observeQueues(
      this.sqs,
      queues.map(({ queue }) => queue),
    );
    this.pollers = queues.map(
      ({ queue, concurrency }) =>
        new QueuePoller(this.sqs, queue, concurrency, (message) => this.processMessage(queue, message), this.logger),
    );
    for (const poller of this.pollers) poller.start();
    this.logger.log({ msg: 'consuming queues', queues: queues.map(({ queue }) => queue.name) });
  }

  private async processMessage(queue: ConsumedQueue, message: Message): Promise<void> {
    const attempt = Number(message.Attributes?.ApproximateReceiveCount ?? 1);
    this.metrics.received(queue.name, message.Attributes?.SentTimestamp);
    const read = readEventMessage(message.Body, this.options.registry);
    const envelope = read.ok ? read.envelope : undefined;
    const parent = producerContext(message, envelope);
    const span = startConsumerSpan(queue.name, message, parent, envelope);
    try {
      await context.with(trace.setSpan(parent, span), async () => {
        const result = read.ok
          ? await this.attempt(queue, message, read.envelope, attempt)
          : { outcome: 'unreadable' as const, reason: `poison message: ${read.reason}` };
        const decision = decideDelivery(result.outcome, attempt, queue.maxReceiveCount, this.options.retryBackoff);
        this.record(span, result, decision);
        await this.settle(queue, message, envelope, attempt, result, decision);
      });
    } catch (error) {
      // Settling failed (SQS unreachable): the message becomes visible again when its timeout ends.
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: describeFailure(error) });
      this.logger.error({
        msg: 'could not settle a message',
        queue: queue.name,
        messageId: message.MessageId,
        err: error,
      });
    } finally {
      span.end();
    }
  }

  private async attempt(
    queue: ConsumedQueue,
    message: Message,
    envelope: EventEnvelope,
    attempt: number,
  ): Promise<AttemptResult> {
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler) return { outcome: 'no-handler', reason: `no handler for ${envelope.type} on this consumer` };
    if (attempt === 1) this.metrics.firstDelivery(queue.name, envelope.type, envelope.time);
    const stopHeartbeat = startVisibilityHeartbeat(
      queue.visibilityTimeoutSeconds,
      (seconds) => this.changeVisibility(queue, message, seconds),
      (error) => this.logger.warn({ msg: 'extending the visibility timeout failed', queue: queue.name, err: error }),
    );
    try {
      await this.runHandler(handler, envelope, new SqsContext([{ queue: queue.name, message, attempt }]));
      return { outcome: 'handled' };
    } catch (error) {
      trace.getActiveSpan()?.recordException(error instanceof Error ? error : describeFailure(error));
      return { outcome: 'handler-failed', reason: describeFailure(error) };
    } finally {
      await stopHeartbeat();
    }
  }

  /** Runs Nest's handler (guards, interceptors, pipes) between the transport's processing hooks. */
  private runHandler(handler: MessageHandler, envelope: EventEnvelope, rpcContext: SqsContext): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.onProcessingStartHook(SQS_TRANSPORT, rpcContext, async () => {
        const runEndHook = this.createProcessingEndHookRunner(rpcContext);
        try {
          const result: unknown = await handler(envelope, rpcContext);
          if (isObservable(result)) {
            await lastValueFrom(result.pipe(finalize(runEndHook)), { defaultValue: undefined });
          } else {
            runEndHook();
          }
          resolve();
        } catch (error) {
          runEndHook();
          reject(error instanceof Error ? error : new Error(describeFailure(error)));
        }
      });
    });
  }

  private record(span: Span, result: AttemptResult, decision: DeliveryDecision): void {
    if (result.outcome === 'handled') return;
    span.setStatus({ code: SpanStatusCode.ERROR, ...(result.reason ? { message: result.reason } : {}) });
    if (decision.kind === 'dead-letter') span.setAttribute(MessagingAttributes.DeadLetterCause, decision.cause);
  }

  private async settle(
    queue: ConsumedQueue,
    message: Message,
    envelope: EventEnvelope | undefined,
    attempt: number,
    result: AttemptResult,
    decision: DeliveryDecision,
  ): Promise<void> {
    const eventType = envelope?.type;
    const facts = {
      queue: queue.name,
      messageId: message.MessageId,
      eventType,
      eventId: envelope?.id,
      attempt,
      reason: result.reason,
    };
    if (result.outcome !== 'handled') this.metrics.failed(queue.name, eventType);
    switch (decision.kind) {
      case 'acknowledge':
        await this.sqs.send(new DeleteMessageCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle }));
        this.metrics.consumed(queue.name, eventType ?? '');
        return;
      case 'retry':
        await this.changeVisibility(queue, message, decision.delaySeconds);
        this.metrics.retried(queue.name, eventType ?? '');
        this.logger.warn({
          msg: 'handling an event failed; retrying after a backoff',
          ...facts,
          retryInSeconds: decision.delaySeconds,
          maxReceiveCount: queue.maxReceiveCount,
        });
        return;
      case 'dead-letter':
        await moveToDeadLetterQueue(this.sqs, {
          sourceQueueUrl: queue.url,
          deadLetterQueueUrl: queue.deadLetterQueue.url,
          message,
          reason: result.reason ?? decision.cause,
          receiveCount: attempt,
        });
        this.metrics.deadLettered(queue.name, eventType, decision.cause);
        this.logger.error({
          msg: 'message moved to the dead-letter queue',
          ...facts,
          cause: decision.cause,
          deadLetterQueue: queue.deadLetterQueue.name,
        });
        return;
    }
  }

  private async changeVisibility(queue: ConsumedQueue, message: Message, seconds: number): Promise<void> {
    await this.sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queue.url,
        ReceiptHandle: message.ReceiptHandle,
        VisibilityTimeout: seconds,
      }),
    );
  }
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
