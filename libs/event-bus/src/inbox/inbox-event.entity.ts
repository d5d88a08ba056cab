import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One event a consumer has handled, in the consumer service's own database. The primary key
 * (consumer, event_id) is what makes handling idempotent: a second insert of the same pair fails.
 * Register it in the service's data source and create the table with `createInboxTable`.
 */
@Entity({ name: 'inbox_events' })
export class InboxEventEntity {
  /** Names the handler, so two handlers of one service each handle the same event once. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  consumer!: string;

  /** The envelope id. */
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ name: 'handled_at', type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' })
  handledAt!: Date;
}
