import { createInboxTable, dropInboxTable } from '@shop/event-bus';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox (InboxEventEntity): each order.confirmed.v1 empties its cart once, however often it is delivered. */
export class InboxEvents1765100001000 implements MigrationInterface {
  name = 'InboxEvents1765100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createInboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInboxTable(queryRunner);
  }
}
