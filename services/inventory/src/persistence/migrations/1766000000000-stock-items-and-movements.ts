import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock per SKU (StockItemEntity) and its ledger (StockMovementEntity). The CHECK is the database's own
 * guard that no write, whatever its WHERE clause, leaves negative or oversold stock.
 */
export class StockItemsAndMovements1766000000000 implements MigrationInterface {
  name = 'StockItemsAndMovements1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `stock_items` (' +
        '`sku` varchar(64) NOT NULL, `product_id` char(36) NULL, `on_hand` int NOT NULL DEFAULT 0, ' +
        '`reserved` int NOT NULL DEFAULT 0, `low_stock_threshold` int NOT NULL DEFAULT 5, ' +
        '`updated_at` datetime(3) NOT NULL, PRIMARY KEY (`sku`), ' +
        'CONSTRAINT `CHK_stock_items_levels` CHECK (`on_hand` >= 0 AND `reserved` >= 0 AND `reserved` <= `on_hand`)' +
        ') ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `stock_movements` (' +
        '`id` bigint NOT NULL AUTO_INCREMENT, `sku` varchar(64) NOT NULL, ' +
        "`kind` enum ('receipt', 'adjustment', 'reservation', 'release', 'sale', 'restock') NOT NULL, " +
        '`on_hand_delta` int NOT NULL, `reserved_delta` int NOT NULL, `on_hand_after` int NOT NULL, ' +
        '`reserved_after` int NOT NULL, `order_id` char(36) NULL, `reason` varchar(500) NULL, ' +
        '`actor` varchar(100) NOT NULL, `occurred_at` datetime(3) NOT NULL, ' +
        'INDEX `IDX_stock_movements_sku_id` (`sku`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `stock_movements`');
    await queryRunner.query('DROP TABLE `stock_items`');
  }
}
