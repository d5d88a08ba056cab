import type { QueryRunner } from 'typeorm';

/**
 * Creates `outbox_events` as `OutboxEventEntity` declares it, for a service's own migration:
 * `async up(queryRunner) { await createOutboxTable(queryRunner); }`. The DDL matches what TypeORM
 * generates from the entity, so a service's schema drift check stays empty.
 */
export async function createOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    'CREATE TABLE `outbox_events` (' +
      '`id` char(36) NOT NULL, `destination` varchar(200) NOT NULL, `type` varchar(200) NOT NULL, ' +
      '`envelope` mediumtext NOT NULL, `created_at` datetime(3) NOT NULL, `published_at` datetime(3) NULL, ' +
      '`attempts` int UNSIGNED NOT NULL, `next_attempt_at` datetime(3) NOT NULL, `last_error` varchar(1000) NULL, ' +
      'INDEX `IDX_outbox_events_pending` (`published_at`, `next_attempt_at`), ' +
      'PRIMARY KEY (`id`, `destination`)) ENGINE=InnoDB',
  );
}

/** Drops `outbox_events`, for the `down` of the migration that created it. */
export async function dropOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE `outbox_events`');
}
