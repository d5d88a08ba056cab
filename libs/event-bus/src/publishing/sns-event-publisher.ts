import {
  PublishBatchCommand,
  type MessageAttributeValue,
  type PublishBatchRequestEntry,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { context, trace } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { physicalName } from '@shop/topology';
import { MessagingAttributes } from '../telemetry/messaging-names';
import { type AwsResourceLocation, topicArn } from './aws-resource-location';
import { chunkEntries } from './chunk-entries';
import { errorMessage, type EventPublisher, type OutboundEvent, type PublishOutcome } from './event-publisher';
import { endProducerSpan, type ProducerSpan, startProducerSpan } from './producer-span';

// SNS PublishBatch limits: 10 entries and 256 KiB for the whole request.
const MAX_ENTRIES = 10;
const MAX_BATCH_BYTES = 256 * 1024;

interface PendingEntry {
  readonly index: number;
  readonly producer: ProducerSpan;
  readonly entry: PublishBatchRequestEntry;
}

/**
 * The SNS message attributes of an event: its type, id, correlation id and trace context, so that
 * subscriptions filter on the type and consumers continue the trace without parsing the body. Five of
 * our own at most, so AWS's trace header still fits SQS's limit of 10 attributes.
 */
export function snsMessageAttributes(envelope: EventEnvelope): Record<string, MessageAttributeValue> {
  const attributes: Record<string, MessageAttributeValue> = {
    [MessagingAttributes.EventType]: { DataType: 'String', StringValue: envelope.type },
    [MessagingAttributes.EventId]: { DataType: 'String', StringValue: envelope.id },
    [MessagingAttributes.CorrelationId]: { DataType: 'String', StringValue: envelope.correlationId },
  };
  const trace = envelope.traceContext;
  if (trace) {
    attributes['traceparent'] = { DataType: 'String', StringValue: trace.traceparent };
    if (trace.tracestate) attributes['tracestate'] = { DataType: 'String', StringValue: trace.tracestate };
  }
  return attributes;
}

/**
 * Publishes events to SNS topics with PublishBatch: Message = the envelope JSON, message attributes from
 * `snsMessageAttributes`, one PRODUCER span per event. An entry SNS rejects fails alone.
 */
export class SnsEventPublisher implements EventPublisher {
  readonly kind = 'sns';

  constructor(
    private readonly client: SNSClient,
    private readonly location: AwsResourceLocation,
  ) {}

  async publish(events: readonly OutboundEvent[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = events.map(() => ({ published: false, error: 'not an SNS destination' }));
    const byTopic = new Map<string, PendingEntry[]>();
    events.forEach((event, index) => {
      if (event.destination.kind !== 'sns') return;
      const topic = event.destination.topic;
      const producer = startProducerSpan(event.envelope, 'aws_sns', physicalName(topic, this.location.prefix));
      const entry: PublishBatchRequestEntry = {
        Id: `e${index}`,
        Message: JSON.stringify(producer.envelope),
        MessageAttributes: snsMessageAttributes(producer.envelope),
      };
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), { index, producer, entry }]);
    });
    const calls = [...byTopic].flatMap(([topic, pending]) =>
      chunkEntries(pending, entrySize, MAX_ENTRIES, MAX_BATCH_BYTES).map((chunk) => this.publishChunk(topic, chunk)),
    );
    for (const results of await Promise.all(calls)) {
      for (const { index, outcome } of results) outcomes[index] = outcome;
    }
    return outcomes;
  }

  private async publishChunk(
    topic: string,
    chunk: readonly PendingEntry[],
  ): Promise<{ index: number; outcome: PublishOutcome }[]> {
    const command = new PublishBatchCommand({
      TopicArn: topicArn(topic, this.location),
      PublishBatchRequestEntries: chunk.map((pending) => pending.entry),
    });
    let outcomeOf: (id: string) => PublishOutcome;
    try {
      // The SDK's own client span joins the first event's trace; the others' spans cover the same call.
      const first = chunk[0]!.producer.span;
      const response = await context.with(trace.setSpan(context.active(), first), () => this.client.send(command));
      const succeeded = new Map((response.Successful ?? []).map((entry) => [entry.Id, entry.MessageId]));
      const failed = new Map((response.Failed ?? []).map((entry) => [entry.Id, `${entry.Code}: ${entry.Message}`]));
      outcomeOf = (id) => {
        if (succeeded.has(id)) {
          const messageId = succeeded.get(id);
          return messageId ? { published: true, messageId } : { published: true };
        }
        return { published: false, error: failed.get(id) ?? 'SNS returned no result for the entry' };
      };
    } catch (error) {
      const message = errorMessage(error);
      outcomeOf = () => ({ published: false, error: message });
    }
    return chunk.map(({ index, producer, entry }) => {
      const outcome = outcomeOf(entry.Id!);
      endProducerSpan(producer.span, outcome);
      return { index, outcome };
    });
  }
}

function entrySize({ entry }: PendingEntry): number {
  const attributes = Object.entries(entry.MessageAttributes ?? {}).reduce(
    (total, [name, value]) =>
      total +
      Buffer.byteLength(name) +
      Buffer.byteLength(value.DataType ?? '') +
      Buffer.byteLength(value.StringValue ?? ''),
    0,
  );
  return Buffer.byteLength(entry.Message ?? '') + attributes;
}
