import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One event waiting for (or done with) one destination, in the producing service's own database. Rows
 * are written by `OutboxWriter` inside the state change's transaction and published by `OutboxRelay`.
 * Register this entity in the service's data source; create the table with `createOutboxTable`.
 */
@Entity('outbox_events')
@Index('IDX_outbox_events_pending', ['publishedAt', 'nextAttemptAt'])
export class OutboxEventEntity {
  /** The event id (envelope id). */
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** `sns:<topic>` or `eventbridge:<bus>` (logical names): an event with two destinations has two rows. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  destination!: string;

  @Column({ type: 'varchar', length: 200 })
  type!: string;

  /** The envelope JSON as written, including the writer's trace context. */
  @Column({ type: 'mediumtext' })
  envelope!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  /** Null until a relay has published the event and marked it. */
  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;

  /** Publish attempts started (claims), including the one in progress. */
  @Column({ type: 'int', unsigned: true })
  attempts!: number;

  /** Not before this time: after a failure the backoff, while claimed the lease of the relay holding it. */
  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3 })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;
}
