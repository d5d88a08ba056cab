export { OutboxCommitSubscriber } from './outbox-commit-subscriber';
export { OutboxEventEntity } from './outbox-event.entity';
export { OutboxMetrics } from './outbox-metrics';
export {
  DEFAULT_OUTBOX_RELAY_SETTINGS,
  OutboxRelay,
  type OutboxRelayOptions,
  type OutboxRelaySettings,
} from './outbox-relay';
export { type ClaimedOutboxEvent, type OutboxKey, OutboxStore } from './outbox-store';
export { createOutboxTable, dropOutboxTable } from './outbox-table';
export { OutboxAppendError, OutboxWriter } from './outbox-writer';
export { DEFAULT_OUTBOX_RETRY, type OutboxRetryPolicy, outboxRetryDelayMs } from './retry-delay';
