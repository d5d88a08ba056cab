import type { QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { markOutboxAppended, OutboxCommitSubscriber } from './outbox-commit-subscriber';

const transactionOf = (queryRunner: QueryRunner) =>
  ({ queryRunner }) as unknown as TransactionCommitEvent & TransactionRollbackEvent;

describe(OutboxCommitSubscriber.name, () => {
  it('calls back once after a transaction that appended outbox rows commits', () => {
    const onCommit = jest.fn();
    const subscriber = new OutboxCommitSubscriber(onCommit);
    const queryRunner = { data: {} } as QueryRunner;

    markOutboxAppended(queryRunner);
    subscriber.afterTransactionCommit(transactionOf(queryRunner));
    subscriber.afterTransactionCommit(transactionOf(queryRunner));

    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('stays quiet after a commit without outbox rows', () => {
    const onCommit = jest.fn();
    new OutboxCommitSubscriber(onCommit).afterTransactionCommit(transactionOf({ data: {} } as QueryRunner));
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('forgets the rows of a rolled back transaction', () => {
    const onCommit = jest.fn();
    const subscriber = new OutboxCommitSubscriber(onCommit);
    const queryRunner = { data: {} } as QueryRunner;

    markOutboxAppended(queryRunner);
    subscriber.afterTransactionRollback(transactionOf(queryRunner));
    subscriber.afterTransactionCommit(transactionOf(queryRunner));

    expect(onCommit).not.toHaveBeenCalled();
  });
});
