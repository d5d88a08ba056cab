import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A write counter per product, for updates that must not overwrite a concurrent one (ProductEntity.version). */
export class ProductVersions1765200000003 implements MigrationInterface {
  name = 'ProductVersions1765200000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `products` ADD `version` int NOT NULL DEFAULT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `products` DROP COLUMN `version`');
  }
}
