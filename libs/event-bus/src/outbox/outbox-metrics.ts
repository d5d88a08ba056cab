import { metrics, type Counter, type Meter, type ObservableGauge, type ObservableResult } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { untraced } from '@shop/observability';
import { MessagingAttributes, MessagingMetrics } from '../telemetry/messaging-names';
import { type EventDestination, destinationName } from '../publishing/event-destination';

const SYSTEMS: Record<EventDestination['kind'], string> = { sns: 'aws_sns', eventbridge: 'aws.eventbridge' };

/** The relay's metrics: events published and failed per destination and type, and the outbox backlog. */
export class OutboxMetrics {
  private readonly published: Counter;
  private readonly publishFailed: Counter;
  private readonly pending: ObservableGauge;
  private observePending?: (result: ObservableResult) => Promise<void>;

  constructor(meter: Meter = metrics.getMeter('@shop/event-bus')) {
    this.published = meter.createCounter(MessagingMetrics.Published, {
      description: 'Events published to a topic or bus',
      unit: '{event}',
    });
    this.publishFailed = meter.createCounter(MessagingMetrics.PublishFailed, {
      description: 'Attempts to publish an event that failed (it is retried)',
      unit: '{event}',
    });
    this.pending = meter.createObservableGauge(MessagingMetrics.OutboxPending, {
      description: 'Outbox rows not published yet',
      unit: '{event}',
    });
  }

  recordPublished(envelope: EventEnvelope, destination: EventDestination): void {
    this.published.add(1, attributes(envelope, destination));
  }

  recordPublishFailed(envelope: EventEnvelope | undefined, destination: EventDestination | undefined): void {
    this.publishFailed.add(1, destination ? attributes(envelope, destination) : {});
  }

  /** Reports `count()` as the pending gauge until `stopObservingPending`; a failing count reports nothing. */
  observePendingWith(count: () => Promise<number>): void {
    this.stopObservingPending();
    this.observePending = async (result) => {
      try {
        result.observe(await untraced(count));
      } catch {
        // The database is unreachable: leave a gap in the series rather than report a false zero.
      }
    };
    this.pending.addCallback(this.observePending);
  }

  stopObservingPending(): void {
    if (this.observePending) this.pending.removeCallback(this.observePending);
    this.observePending = undefined;
  }
}

function attributes(envelope: EventEnvelope | undefined, destination: EventDestination) {
  return {
    'messaging.system': SYSTEMS[destination.kind],
    'messaging.destination.name': destinationName(destination),
    ...(envelope ? { [MessagingAttributes.EventType]: envelope.type } : {}),
  };
}
