import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import {
  metrics,
  type Attributes,
  type BatchObservableResult,
  type Counter,
  type Histogram,
  type Meter,
} from '@opentelemetry/api';
import { MessagingAttributes, MessagingMetrics } from '../telemetry/messaging-names';
import type { ConsumedQueue } from './consumed-queue';
import type { DeadLetterCause } from './delivery-decision';
import { untraced } from '@shop/observability';

const ATTR_DESTINATION = 'messaging.destination.name';

function attributesOf(queue: string, eventType: string | undefined): Attributes {
  return { [ATTR_DESTINATION]: queue, ...(eventType ? { [MessagingAttributes.EventType]: eventType } : {}) };
}

/**
 * The consumer's metrics: counters of consumed, failed, retried and dead-lettered messages, the delay
 * from an event's commit to its first delivery to a handler, and two gauges per queue, its depth (and
 * its DLQ's depth) from GetQueueAttributes and the age of the oldest message it received since the last
 * collection.
 *
 * SQS's API has no age of the oldest message (CloudWatch's ApproximateAgeOfOldestMessage is computed
 * inside AWS), and peeking at a message to read its SentTimestamp would count as a receive and use up one
 * of its redrive attempts. So the age is measured on the messages the consumer receives anyway: now minus
 * their SentTimestamp, the largest since the last collection, and 0 when the queue is empty.
 */
export class ConsumerMetrics {
  private readonly consumedCounter: Counter;
  private readonly failedCounter: Counter;
  private readonly retriedCounter: Counter;
  private readonly deadLetteredCounter: Counter;
  private readonly commitToHandlerDelay: Histogram;
  private readonly oldestAgeSeconds = new Map<string, number>();

  constructor(private readonly meter: Meter = metrics.getMeter('@shop/event-bus')) {
    this.consumedCounter = meter.createCounter(MessagingMetrics.Consumed, {
      description: 'Messages a handler processed successfully (then deleted).',
      unit: '{message}',
    });
    this.failedCounter = meter.createCounter(MessagingMetrics.Failed, {
      description: 'Attempts that failed: a handler threw, or the message could not be read or routed.',
      unit: '{message}',
    });
    this.retriedCounter = meter.createCounter(MessagingMetrics.Retried, {
      description: 'Failed messages put back on their queue for another attempt after a backoff.',
      unit: '{message}',
    });
    this.deadLetteredCounter = meter.createCounter(MessagingMetrics.DeadLettered, {
      description: 'Messages the consumer moved to a dead-letter queue, by cause.',
      unit: '{message}',
    });
    this.commitToHandlerDelay = meter.createHistogram(MessagingMetrics.CommitToHandlerDelay, {
      description: "From the event's time (its commit, through the outbox) to a handler receiving it, first delivery.",
      unit: 's',
    });
  }

  /** Notes how long the event took from its producer's commit (the envelope's time) to this first delivery. */
  firstDelivery(queue: string, eventType: string, eventTime: string, now: number = Date.now()): void {
    const delaySeconds = Math.max(0, (now - Date.parse(eventTime)) / 1000);
    this.commitToHandlerDelay.record(delaySeconds, attributesOf(queue, eventType));
  }

  consumed(queue: string, eventType: string): void {
    this.consumedCounter.add(1, attributesOf(queue, eventType));
  }

  failed(queue: string, eventType: string | undefined): void {
    this.failedCounter.add(1, attributesOf(queue, eventType));
  }

  retried(queue: string, eventType: string): void {
    this.retriedCounter.add(1, attributesOf(queue, eventType));
  }

  deadLettered(queue: string, eventType: string | undefined, cause: DeadLetterCause): void {
    this.deadLetteredCounter.add(1, {
      ...attributesOf(queue, eventType),
      [MessagingAttributes.DeadLetterCause]: cause,
    });
  }

  /** Notes how long a received message waited in its queue (from its SentTimestamp, epoch milliseconds). */
  received(queue: string, sentTimestamp: string | undefined, now: number = Date.now()): void {
    if (sentTimestamp === undefined) return;
    const ageSeconds = Math.max(0, (now - Number(sentTimestamp)) / 1000);
    this.oldestAgeSeconds.set(queue, Math.max(ageSeconds, this.oldestAgeSeconds.get(queue) ?? 0));
  }

  /**
   * Registers the gauges of these queues; SQS is asked at each collection (every metric export), and not
   * at all while telemetry is off. Returns the function that unregisters them.
   */
  observeQueues(sqs: SQSClient, queues: readonly ConsumedQueue[]): () => void {
    const depth = this.meter.createObservableGauge(MessagingMetrics.QueueDepth, {
      description: 'Messages available in the queue (ApproximateNumberOfMessages), for each queue and its DLQ.',
      unit: '{message}',
    });
    const oldestAge = this.meter.createObservableGauge(MessagingMetrics.OldestMessageAge, {
      description: 'Longest wait in the queue of a message received since the last collection.',
      unit: 's',
    });
    const observeQueues = async (result: BatchObservableResult) => {
      await Promise.all(
        queues.map(async (queue) => {
          const [available, deadLettered] = await Promise.all([
            depthOf(sqs, queue.url),
            depthOf(sqs, queue.deadLetterQueue.url),
          ]);
          if (available !== undefined) result.observe(depth, available, { [ATTR_DESTINATION]: queue.name });
          if (deadLettered !== undefined) {
            result.observe(depth, deadLettered, { [ATTR_DESTINATION]: queue.deadLetterQueue.name });
          }
          const age = available === 0 ? 0 : this.oldestAgeSeconds.get(queue.name);
          this.oldestAgeSeconds.delete(queue.name);
          if (age !== undefined) result.observe(oldestAge, age, { [ATTR_DESTINATION]: queue.name });
        }),
      );
    };
    this.meter.addBatchObservableCallback(observeQueues, [depth, oldestAge]);
    return () => this.meter.removeBatchObservableCallback(observeQueues, [depth, oldestAge]);
  }
}

// A failed look-up leaves the gauge without a point for this collection rather than failing the export.
async function depthOf(sqs: SQSClient, queueUrl: string): Promise<number | undefined> {
  try {
    const { Attributes } = await untraced(() =>
      sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] })),
    );
    return Attributes?.ApproximateNumberOfMessages === undefined
      ? undefined
      : Number(Attributes.ApproximateNumberOfMessages);
  } catch {
    return undefined;
  }
}
