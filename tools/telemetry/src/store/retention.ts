import type { DatabaseSync, StatementSync } from 'node:sqlite';

export interface RetentionOptions {
  /** Rows older than this are deleted. */
  retentionHours: number;
  /** Past this size (pages in use × page size) the oldest rows go, a slice at a time. */
  maxBytes: number;
  /** Microseconds since the epoch; injectable for tests. */
  nowUs?: () => number;
}

export interface SweepResult {
  deletedRows: number;
  sizeBytes: number;
}

/** The time-stamped tables and their time column (each has an index starting with it, or is small). */
const TIMED_TABLES = [
  { table: 'spans', column: 'start_us' },
  { table: 'traces', column: 'start_us' },
  { table: 'logs', column: 'time_us' },
  { table: 'metric_points', column: 'time_us' },
  { table: 'alarm_history', column: 'time_us' },
] as const;

/**
 * Bounded by age only, never sliced for size: each cumulative series' previous point, which a series not seen
 * within the retention period no longer needs (its next point counts from zero). Small, so no index.
 */
const UNSEEN_SERIES = { table: 'metric_series', column: 'seen_us' } as const;

/** Over the size bound, each round deletes the oldest tenth of the time the store covers. */
const SLICE_FRACTION = 0.1;
const MICROS_PER_HOUR = 3_600_000_000;

/** Keeps the store within its age and size bounds. */
export class Retention {
  private readonly deleteBefore;
  private readonly deleteExpired;
  private readonly oldest;
  private readonly newest;
  private readonly pageCount;
  private readonly pageSize;
  private readonly nowUs: () => number;

  constructor(
    private readonly database: DatabaseSync,
    private readonly options: RetentionOptions,
  ) {
    this.nowUs = options.nowUs ?? (() => Date.now() * 1000);
    const deleteOlder = ({ table, column }: { table: string; column: string }) =>
      database.prepare(`DELETE FROM ${table} WHERE ${column} < ?`);
    this.deleteBefore = TIMED_TABLES.map(deleteOlder);
    this.deleteExpired = [...this.deleteBefore, deleteOlder(UNSEEN_SERIES)];
    const bound = (aggregate: 'min' | 'max') =>
      database.prepare(
        `SELECT ${aggregate}(t) AS t FROM (${TIMED_TABLES.map(({ table, column }) => `SELECT ${aggregate}(${column}) AS t FROM ${table}`).join(' UNION ALL ')})`,
      );
    this.oldest = bound('min');
    this.newest = bound('max');
    this.pageCount = database.prepare('PRAGMA page_count');
    this.pageSize = database.prepare('PRAGMA page_size');
  }

  /** Deletes what is too old, then the oldest slices while the store is too big, and gives the space back. */
  sweep(): SweepResult {
    let deletedRows = this.deleteOlderThan(
      this.nowUs() - this.options.retentionHours * MICROS_PER_HOUR,
      this.deleteExpired,
    );
    this.compact();
    while (this.sizeBytes() > this.options.maxBytes) {
      const oldest = this.oldest.get()?.t;
      const newest = this.newest.get()?.t;
      if (typeof oldest !== 'number' || typeof newest !== 'number') break;
      const cutoff = oldest + Math.max(1, Math.ceil((newest - oldest) * SLICE_FRACTION));
      const deleted = this.deleteOlderThan(cutoff, this.deleteBefore);
      deletedRows += deleted;
      this.compact();
      if (deleted === 0) break;
    }
    return { deletedRows, sizeBytes: this.sizeBytes() };
  }

  /** Pages in use: what the file shrinks to after a checkpoint. */
  sizeBytes(): number {
    return Number(this.pageCount.get()?.page_count) * Number(this.pageSize.get()?.page_size);
  }

  private deleteOlderThan(cutoffUs: number, statements: readonly StatementSync[]): number {
    this.database.exec('BEGIN IMMEDIATE');
    try {
      const deleted = statements.reduce((sum, statement) => sum + Number(statement.run(cutoffUs).changes), 0);
      this.database.exec('COMMIT');
      return deleted;
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    }
  }

  private compact(): void {
    this.database.exec('PRAGMA incremental_vacuum');
    // In WAL mode the main file only shrinks when the log is copied back into it.
    this.database.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }
}

/** Sweeps once now and then every `intervalMs`; returns the function that stops it. */
export function scheduleRetention(
  retention: Retention,
  intervalMs: number,
  onError: (error: unknown) => void,
): () => void {
  const sweep = () => {
    try {
      retention.sweep();
    } catch (error) {
      onError(error);
    }
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
