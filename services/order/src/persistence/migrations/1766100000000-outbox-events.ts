import { createOutboxTable, dropOutboxTable } from '@shop/event-bus';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox (OutboxEventEntity): order events wait here until the relay publishes them. */
export class OutboxEvents1766100000000 implements MigrationInterface {
  name = 'OutboxEvents1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
