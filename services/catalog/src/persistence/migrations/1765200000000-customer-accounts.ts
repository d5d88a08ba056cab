import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customer accounts that sign up and sign in to the storefront (CustomerAccountEntity). */
export class CustomerAccounts1765200000000 implements MigrationInterface {
  name = 'CustomerAccounts1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `customer_accounts` (' +
        '`id` char(36) NOT NULL, `email` varchar(254) NOT NULL, `password_hash` varchar(255) NOT NULL, ' +
        '`name` varchar(100) NOT NULL, `created_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_customer_accounts_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `customer_accounts`');
  }
}
