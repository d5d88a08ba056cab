import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { MessagingAttributes, MessagingSemanticAttributes } from '../telemetry/messaging-names';
import type { PublishOutcome } from './event-publisher';
import { contextFromTraceContext, traceContextOf } from './trace-context';

const tracer = trace.getTracer('@shop/event-bus');

export type ProducerSystem = 'aws_sns' | 'aws.eventbridge';

/** A started producer span and the envelope as it leaves: carrying that span's trace context. */
export interface ProducerSpan {
  readonly span: Span;
  readonly envelope: EventEnvelope;
}

/**
 * Starts the PRODUCER span `publish <destination>` of one event as a child of the span that wrote the
 * event to the outbox (its stored trace context), so one request and the events it caused are one
 * trace. The returned envelope carries the new span's context, which consumers continue.
 */
export function startProducerSpan(envelope: EventEnvelope, system: ProducerSystem, destination: string): ProducerSpan {
  const span = tracer.startSpan(
    `publish ${destination}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        [MessagingSemanticAttributes.System]: system,
        [MessagingSemanticAttributes.DestinationName]: destination,
        [MessagingSemanticAttributes.OperationType]: 'send',
        [MessagingSemanticAttributes.OperationName]: 'publish',
        [MessagingSemanticAttributes.ConversationId]: envelope.correlationId,
        [MessagingAttributes.EventType]: envelope.type,
        [MessagingAttributes.EventId]: envelope.id,
      },
    },
    contextFromTraceContext(envelope.traceContext),
  );
  const traceContext = traceContextOf(span.spanContext()) ?? envelope.traceContext;
  return { span, envelope: traceContext ? { ...envelope, traceContext } : envelope };
}

/** Ends a producer span with its event's outcome; `messageId` is the id SNS or EventBridge assigned. */
export function endProducerSpan(span: Span, outcome: PublishOutcome): void {
  if (outcome.published) {
    if (outcome.messageId) span.setAttribute(MessagingSemanticAttributes.MessageId, outcome.messageId);
  } else {
    span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
  }
  span.end();
}
