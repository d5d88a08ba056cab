import { createInboxTable, dropInboxTable } from '@shop/event-bus';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox (InboxEventEntity): the inventory events already handled, so a redelivery changes nothing. */
export class InboxEvents1766100000001 implements MigrationInterface {
  name = 'InboxEvents1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createInboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInboxTable(queryRunner);
  }
}
