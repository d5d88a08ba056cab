import { createInboxTable, dropInboxTable } from '@shop/event-bus';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox (InboxEventEntity): ids of the events the catalog's consumers have handled. */
export class InboxEvents1765200000001 implements MigrationInterface {
  name = 'InboxEvents1765200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createInboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInboxTable(queryRunner);
  }
}
