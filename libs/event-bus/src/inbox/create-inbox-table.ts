import { Table, type QueryRunner } from 'typeorm';

/** The inbox table, as `InboxEventEntity` maps it. */
export const INBOX_TABLE = new Table({
  name: 'inbox_events',
  columns: [
    { name: 'consumer', type: 'varchar', length: '100', isPrimary: true },
    { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
    { name: 'handled_at', type: 'datetime', precision: 3, default: 'CURRENT_TIMESTAMP(3)' },
  ],
});

/** For a service's migration: `up` creates the inbox table. */
export async function createInboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(INBOX_TABLE);
}

/** For a service's migration: `down` drops the inbox table. */
export async function dropInboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable(INBOX_TABLE.name);
}
