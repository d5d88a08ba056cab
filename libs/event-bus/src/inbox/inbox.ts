import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { InboxEventEntity } from './inbox-event.entity';

/** What `Inbox.handleOnce` did. */
export type InboxOutcome<T> =
  | { readonly handled: true; readonly result: T }
  /** The event was handled before (or is being handled right now by another delivery): nothing ran. */
  | { readonly handled: false };

// MySQL/MariaDB error 1062.
function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError: unknown = error.driverError;
  return (
    typeof driverError === 'object' &&
    driverError !== null &&
    'code' in driverError &&
    driverError.code === 'ER_DUP_ENTRY'
  );
}

/** Handles each event at most once per consumer, however often SQS delivers it. */
export const Inbox = {
  /**
   * Records `eventId` as handled by `consumer` and runs `work` in the same transaction, so the record and
   * the work's writes commit together or not at all. If the id is already recorded the work is skipped
   * and `{ handled: false }` comes back: acknowledge the message.
   *
   * The insert comes first and the primary key decides: a second delivery handled at the same moment
   * waits on the first one's row lock, then fails on the duplicate key once the first commits (or, if
   * the first rolled back, goes ahead and does the work itself). `work` must write through the given
   * entity manager, or its writes are not part of the transaction.
   */
  async handleOnce<T>(
    dataSource: DataSource,
    consumer: string,
    eventId: string,
    work: (entityManager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    try {
      return await dataSource.transaction(async (entityManager) => {
        await entityManager.insert(InboxEventEntity, { consumer, eventId });
        return { handled: true as const, result: await work(entityManager) };
      });
    } catch (error) {
      if (isDuplicateKey(error)) return { handled: false };
      throw error;
    }
  },
};
