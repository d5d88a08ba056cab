import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Inventory's last stock status per SKU, shown on product pages (StockStatusEntity). */
export class StockStatuses1765200000002 implements MigrationInterface {
  name = 'StockStatuses1765200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `stock_statuses` (' +
        "`sku` varchar(64) NOT NULL, `status` enum ('in-stock', 'low', 'out-of-stock') NOT NULL, " +
        '`as_of` datetime(3) NOT NULL, PRIMARY KEY (`sku`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `stock_statuses`');
  }
}
