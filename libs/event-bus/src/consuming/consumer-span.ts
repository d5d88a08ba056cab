import type { Message } from '@aws-sdk/client-sqs';
import { SpanKind, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@shop/contracts';
import { MessagingAttributes, MessagingSemanticAttributes } from '../telemetry/messaging-names';

const tracer = trace.getTracer('@shop/event-bus');

/** The attributes of the consumer span of one message; the event's own only when its envelope was readable. */
export function consumerSpanAttributes(queueName: string, message: Message, envelope?: EventEnvelope): Attributes {
  return {
    [MessagingSemanticAttributes.System]: 'aws_sqs',
    [MessagingSemanticAttributes.DestinationName]: queueName,
    [MessagingSemanticAttributes.OperationType]: 'process',
    [MessagingSemanticAttributes.OperationName]: 'process',
    ...(message.MessageId ? { [MessagingSemanticAttributes.MessageId]: message.MessageId } : {}),
    ...(envelope
      ? {
          [MessagingAttributes.EventType]: envelope.type,
          [MessagingAttributes.EventId]: envelope.id,
          [MessagingSemanticAttributes.ConversationId]: envelope.correlationId,
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
