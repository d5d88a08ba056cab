import type { DataSource } from 'typeorm';

/** An outbox row a relay holds a lease on. */
export interface ClaimedOutboxEvent {
  readonly id: string;
  readonly destination: string;
  readonly envelope: string;
  /** Attempts including this one. */
  readonly attempts: number;
}

/** Identifies one outbox row: one event for one destination. */
export interface OutboxKey {
  readonly id: string;
  readonly destination: string;
}

interface ClaimRow {
  id: string;
  destination: string;
  envelope: string;
  attempts: number | string;
}

/**
 * The relay's SQL on `outbox_events`. Claiming is a short transaction: `FOR UPDATE SKIP LOCKED` keeps
 * concurrent relays off each other's rows while it runs, and pushing `next_attempt_at` to the end of a
 * lease keeps them off after it commits, while the network calls run without holding any lock. A relay
 * that dies holding a lease only delays its rows until the lease ends. Works on MariaDB 10.6+ and MySQL 8.
 */
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims up to `limit` due rows, oldest due first, for `leaseMs`. */
  async claim(limit: number, leaseMs: number): Promise<ClaimedOutboxEvent[]> {
    // READ COMMITTED: a locking read under REPEATABLE READ also locks the gaps of the index range it
    // scans, which blocks (and deadlocks with) services inserting new outbox rows meanwhile. Under
    // READ COMMITTED it locks only the rows it returns, and SKIP LOCKED passes over uncommitted inserts.
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const rows = await manager.query<ClaimRow[]>(
        'SELECT `id`, `destination`, `envelope`, `attempts` FROM `outbox_events` ' +
          'WHERE `published_at` IS NULL AND `next_attempt_at` <= UTC_TIMESTAMP(3) ' +
          'ORDER BY `next_attempt_at` LIMIT ? FOR UPDATE SKIP LOCKED',
        [limit],
      );
      if (rows.length === 0) return [];
      await manager.query(
        'UPDATE `outbox_events` SET `attempts` = `attempts` + 1, ' +
          '`next_attempt_at` = DATE_ADD(UTC_TIMESTAMP(3), INTERVAL ? MICROSECOND) ' +
          `WHERE ${keyCondition(rows.length)}`,
        [Math.round(leaseMs * 1000), ...keyParameters(rows)],
      );
      return rows.map((row) => ({
        id: row.id,
        destination: row.destination,
        envelope: row.envelope,
        attempts: Number(row.attempts) + 1,
      }));
    });
  }

  async markPublished(keys: readonly OutboxKey[]): Promise<void> {
    if (keys.length === 0) return;
    await this.dataSource.query(
      'UPDATE `outbox_events` SET `published_at` = UTC_TIMESTAMP(3), `last_error` = NULL ' +
        `WHERE ${keyCondition(keys.length)}`,
      keyParameters(keys),
    );
  }

  /** Records why publishing failed and when to try again. */
  async markFailed(key: OutboxKey, error: string, retryInMs: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE `outbox_events` SET `last_error` = ?, ' +
        '`next_attempt_at` = DATE_ADD(UTC_TIMESTAMP(3), INTERVAL ? MICROSECOND) ' +
        'WHERE `id` = ? AND `destination` = ?',
      [error.slice(0, 1000), Math.round(retryInMs * 1000), key.id, key.destination],
    );
  }

  /**
   * Deletes up to `limit` rows published more than `olderThanMs` ago (the pending index's range on
   * `published_at`); resolves with how many went. Unpublished rows are never touched.
   */
  async purgePublished(olderThanMs: number, limit: number): Promise<number> {
    const result = await this.dataSource.query<{ affectedRows?: number }>(
      'DELETE FROM `outbox_events` WHERE `published_at` IS NOT NULL ' +
        'AND `published_at` < DATE_SUB(UTC_TIMESTAMP(3), INTERVAL ? MICROSECOND) LIMIT ?',
      [Math.round(olderThanMs * 1000), limit],
    );
    return result.affectedRows ?? 0;
  }

  /** Rows not published yet, claimed or not. */
  async countPending(): Promise<number> {
    const [row] = await this.dataSource.query<{ pending: number | string }[]>(
      'SELECT COUNT(*) AS `pending` FROM `outbox_events` WHERE `published_at` IS NULL',
    );
    return Number(row?.pending ?? 0);
  }
}

// Equality on the primary key per row (rather than a row-constructor IN list) so that every server
// version locks exactly these rows through the primary key instead of scanning.
function keyCondition(count: number): string {
  return Array.from({ length: count }, () => '(`id` = ? AND `destination` = ?)').join(' OR ');
}

function keyParameters(keys: readonly OutboxKey[]): string[] {
  return keys.flatMap((key) => [key.id, key.destination]);
}
