import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { MessagingAttributes } from '../telemetry/messaging-names';
import type { PublishOutcome } from './event-publisher';
import { contextFromTraceContext, traceContextOf } from './trace-context';

const tracer = trace.getTracer('@shop/event-bus');

// OpenTelemetry messaging semantic conventions (incubating, hence spelled out rather than imported).
const ATTR_MESSAGING_SYSTEM = 'messaging.system';
const ATTR_MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
const ATTR_MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
const ATTR_MESSAGING_OPERATION_NAME = 'messaging.operation.name';
const ATTR_MESSAGING_MESSAGE_ID = 'messaging.message.id';
const ATTR_MESSAGING_CONVERSATION_ID = 'messaging.message.conversation_id';

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
        [ATTR_MESSAGING_SYSTEM]: system,
        [ATTR_MESSAGING_DESTINATION_NAME]: destination,
        [ATTR_MESSAGING_OPERATION_TYPE]: 'send',
        [ATTR_MESSAGING_OPERATION_NAME]: 'publish',
        [ATTR_MESSAGING_CONVERSATION_ID]: envelope.correlationId,
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
    if (outcome.messageId) span.setAttribute(ATTR_MESSAGING_MESSAGE_ID, outcome.messageId);
  } else {
    span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
  }
  span.end();
}
