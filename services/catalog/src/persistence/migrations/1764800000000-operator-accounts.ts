import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operator accounts that sign in to the admin console (OperatorAccountEntity). */
export class OperatorAccounts1764800000000 implements MigrationInterface {
  name = 'OperatorAccounts1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `operator_accounts` (' +
        '`id` char(36) NOT NULL, `email` varchar(254) NOT NULL, `password_hash` varchar(255) NOT NULL, ' +
        '`roles` json NOT NULL, `display_name` varchar(100) NOT NULL, `disabled` tinyint NOT NULL DEFAULT 0, ' +
        '`created_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_operator_accounts_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `operator_accounts`');
  }
}
