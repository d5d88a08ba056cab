import { createOutboxTable, dropOutboxTable } from '@shop/event-bus';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox (OutboxEventEntity): product events wait here until the relay publishes them. */
export class OutboxEvents1765000000000 implements MigrationInterface {
  name = 'OutboxEvents1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
