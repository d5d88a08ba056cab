import type { EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

const APPENDED = '@shop/event-bus:outbox-appended';

/** Notes on a transaction's query runner that it wrote outbox rows. */
export function markOutboxAppended(queryRunner: QueryRunner): void {
  queryRunner.data[APPENDED] = true;
}

/**
 * Calls `onCommit` after a transaction that wrote outbox rows commits, so the relay publishes at once
 * instead of at its next poll. (A nudge before the commit would find the rows still invisible.)
 */
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  constructor(private readonly onCommit: () => void) {}

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.data[APPENDED] !== true) return;
    delete event.queryRunner.data[APPENDED];
    this.onCommit();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete event.queryRunner.data[APPENDED];
  }
}
