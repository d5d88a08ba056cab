import type { InboxOutcome } from '@shop/event-bus';
import type { EntityManager } from 'typeorm';

/**
 * Runs work in one database transaction, again from the start when the database chose it as a deadlock
 * victim or it waited too long for a lock: the work must write only through the given manager.
 */
export abstract class Transactions {
  abstract run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;

  /**
   * Like `run`, recording `eventId` as handled by `consumer` in the same transaction; a second delivery of
   * the event runs nothing and answers `{ handled: false }`.
   */
  abstract runOnce<T>(
    consumer: string,
    eventId: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>>;
}
