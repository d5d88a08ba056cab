import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { context, trace } from '@opentelemetry/api';
import { physicalName } from '@shop/topology';
import type { AwsResourceLocation } from './aws-resource-location';
import { chunkEntries } from './chunk-entries';
import { errorMessage, type EventPublisher, type OutboundEvent, type PublishOutcome } from './event-publisher';
import { endProducerSpan, type ProducerSpan, startProducerSpan } from './producer-span';

// PutEvents limits: 10 entries and 256 KiB for the whole request, counted as EventBridge counts them.
const MAX_ENTRIES = 10;
const MAX_BATCH_BYTES = 256 * 1024;
const TIME_FIELD_BYTES = 14;

interface PendingEntry {
  readonly index: number;
  readonly producer: ProducerSpan;
  readonly entry: PutEventsRequestEntry;
}

/**
 * Publishes events to EventBridge buses with PutEvents: Source = envelope source, DetailType = envelope
 * type, Detail = the envelope JSON (EventBridge has no message attributes, so the trace context travels
 * in it), TraceHeader = the X-Ray header of the event's PRODUCER span. PutEvents fails entries one by
 * one: a failed entry fails only its event, which the relay retries.
 */
export class EventBridgeEventPublisher implements EventPublisher {
  readonly kind = 'eventbridge';

  constructor(
    private readonly client: EventBridgeClient,
    private readonly location: AwsResourceLocation,
  ) {}

  async publish(events: readonly OutboundEvent[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = events.map(() => ({
      published: false,
      error: 'not an EventBridge destination',
    }));
    const pending: PendingEntry[] = [];
    events.forEach((event, index) => {
      if (event.destination.kind !== 'eventbridge') return;
      const busName = physicalName(event.destination.bus, this.location.prefix);
      const producer = startProducerSpan(event.envelope, 'aws.eventbridge', busName);
      const traceHeader = producer.envelope.traceContext?.xrayTraceHeader;
      pending.push({
        index,
        producer,
        entry: {
          EventBusName: busName,
          Source: producer.envelope.source,
          DetailType: producer.envelope.type,
          Detail: JSON.stringify(producer.envelope),
          Time: new Date(producer.envelope.time),
          ...(traceHeader ? { TraceHeader: traceHeader } : {}),
        },
      });
    });
    const calls = chunkEntries(pending, entrySize, MAX_ENTRIES, MAX_BATCH_BYTES).map((chunk) => this.putChunk(chunk));
    for (const results of await Promise.all(calls)) {
      for (const { index, outcome } of results) outcomes[index] = outcome;
    }
    return outcomes;
  }

  private async putChunk(chunk: readonly PendingEntry[]): Promise<{ index: number; outcome: PublishOutcome }[]> {
    let outcomeAt: (position: number) => PublishOutcome;
    try {
      const first = chunk[0]!.producer.span;
      const command = new PutEventsCommand({ Entries: chunk.map((pending) => pending.entry) });
      const response = await context.with(trace.setSpan(context.active(), first), () => this.client.send(command));
      // Result entries are in request order; an entry with an ErrorCode was not accepted.
      const results = response.Entries ?? [];
      outcomeAt = (position) => {
        const result = results[position];
        if (!result) return { published: false, error: 'EventBridge returned no result for the entry' };
        if (result.ErrorCode) return { published: false, error: `${result.ErrorCode}: ${result.ErrorMessage ?? ''}` };
        return result.EventId ? { published: true, messageId: result.EventId } : { published: true };
      };
    } catch (error) {
      const message = errorMessage(error);
      outcomeAt = () => ({ published: false, error: message });
    }
    return chunk.map(({ index, producer }, position) => {
      const outcome = outcomeAt(position);
      endProducerSpan(producer.span, outcome);
      return { index, outcome };
    });
  }
}

function entrySize({ entry }: PendingEntry): number {
  return (
    TIME_FIELD_BYTES +
    Buffer.byteLength(entry.Source ?? '') +
    Buffer.byteLength(entry.DetailType ?? '') +
    Buffer.byteLength(entry.Detail ?? '')
  );
}
