/**
 * Names of the messaging metrics and the shop's own messaging span attributes, in one place for both
 * the publishing and the consuming side. Span attributes follow the OpenTelemetry messaging semantic
 * conventions (`messaging.system`, `messaging.destination.name`, `messaging.operation.type`, ...)
 * wherever a convention exists; only what has none gets a `shop.` name here.
 */
export const MessagingMetrics = {
  Published: 'shop.messaging.published',
  PublishFailed: 'shop.messaging.publish.failed',
  Consumed: 'shop.messaging.consumed',
  Failed: 'shop.messaging.failed',
  Retried: 'shop.messaging.retried',
  DeadLettered: 'shop.messaging.dead_lettered',
  QueueDepth: 'shop.messaging.queue.depth',
  OldestMessageAge: 'shop.messaging.queue.oldest_message_age',
  OutboxPending: 'shop.messaging.outbox.pending',
  CommitToHandlerDelay: 'shop.messaging.commit_to_handler.delay',
} as const;

export const MessagingAttributes = {
  EventType: 'shop.event.type',
  EventId: 'shop.event.id',
  CorrelationId: 'shop.correlation.id',
  DeadLetterReason: 'shop.dead_letter.reason',
  /** Why a message was dead-lettered: `poison`, `no-handler` or `retries-exhausted` (metric and span attribute). */
  DeadLetterCause: 'shop.dead_letter.cause',
  /** On a dead-lettered message: the receives it had in its source queue. */
  DeadLetterReceiveCount: 'shop.dead_letter.receive_count',
  /** On a dead-lettered message: when its source queue first delivered it (ISO 8601). */
  DeadLetterFirstReceivedAt: 'shop.dead_letter.first_received_at',
} as const;

/**
 * OpenTelemetry messaging semantic conventions (still incubating in `@opentelemetry/semantic-conventions`,
 * hence spelled out here, once, for the producer and the consumer span).
 */
export const MessagingSemanticAttributes = {
  System: 'messaging.system',
  DestinationName: 'messaging.destination.name',
  OperationType: 'messaging.operation.type',
  OperationName: 'messaging.operation.name',
  MessageId: 'messaging.message.id',
  ConversationId: 'messaging.message.conversation_id',
} as const;
