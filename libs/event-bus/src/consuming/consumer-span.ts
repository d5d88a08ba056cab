import type { Message } from '@aws-sdk/client-sqs';
import { SpanKind, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { MessagingAttributes } from '../telemetry/messaging-names';

const tracer = trace.getTracer('@shop/event-bus');

// OpenTelemetry messaging semantic conventions (still incubating, hence spelled out rather than imported).
const ATTR_MESSAGING_SYSTEM = 'messaging.system';
const ATTR_MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
const ATTR_MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
const ATTR_MESSAGING_OPERATION_NAME = 'messaging.operation.name';
const ATTR_MESSAGING_MESSAGE_ID = 'messaging.message.id';
const ATTR_MESSAGING_CONVERSATION_ID = 'messaging.message.conversation_id';

/** The attributes of the consumer span of one message; the event's own only when its envelope was readable. */
export function consumerSpanAttributes(queueName: string, message: Message, envelope?: EventEnvelope): Attributes {
  return {
    [ATTR_MESSAGING_SYSTEM]: 'aws_sqs',
    [ATTR_MESSAGING_DESTINATION_NAME]: queueName,
    [ATTR_MESSAGING_OPERATION_TYPE]: 'process',
    [ATTR_MESSAGING_OPERATION_NAME]: 'process',
    ...(message.MessageId ? { [ATTR_MESSAGING_MESSAGE_ID]: message.MessageId } : {}),
    ...(envelope
      ? {
          [MessagingAttributes.EventType]: envelope.type,
          [MessagingAttributes.EventId]: envelope.id,
          [ATTR_MESSAGING_CONVERSATION_ID]: envelope.correlationId,
        }
      : {}),
  };
}

/**
 * Starts the CONSUMER span `process <queue>` of one message as a child of `parent`, the producer's
 * context, so the consumer continues the producer's trace.
 */
export function startConsumerSpan(
  queueName: string,
  message: Message,
  parent: Context,
  envelope?: EventEnvelope,
): Span {
  return tracer.startSpan(
    `process ${queueName}`,
    { kind: SpanKind.CONSUMER, attributes: consumerSpanAttributes(queueName, message, envelope) },
    parent,
  );
}
