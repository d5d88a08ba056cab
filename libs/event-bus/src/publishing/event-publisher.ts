import type { EventEnvelope } from '@shop/contracts';
import type { DestinationKind, EventDestination } from './event-destination';

/** One event on its way to one destination. */
export interface OutboundEvent {
  /** As written to the outbox; its traceContext is that of the code that wrote it. */
  readonly envelope: EventEnvelope;
  readonly destination: EventDestination;
}

/** What happened to one outbound event: published (with the id the service assigned), or why not. */
export type PublishOutcome =
  { readonly published: true; readonly messageId?: string } | { readonly published: false; readonly error: string };

/** Publishes events to one kind of destination. */
export interface EventPublisher {
  readonly kind: DestinationKind;
  /** One outcome per event, in the order given; never rejects (a failed call fails its events). */
  publish(events: readonly OutboundEvent[]): Promise<PublishOutcome[]>;
}

/** The message of a thrown value, for an outcome or a log line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
