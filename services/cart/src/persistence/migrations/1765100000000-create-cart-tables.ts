import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Carts and their lines (CartEntity, CartItemEntity); deleting a cart deletes its lines. */
export class CreateCartTables1765100000000 implements MigrationInterface {
  name = 'CreateCartTables1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `carts` (' +
        '`id` char(36) NOT NULL, `customer_id` char(36) NULL, `guest_token_hash` char(64) NULL, ' +
        '`created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_carts_customer_id` (`customer_id`), ' +
        'UNIQUE INDEX `UQ_carts_guest_token_hash` (`guest_token_hash`), ' +
        'INDEX `IDX_carts_expires_at` (`expires_at`), ' +
        'PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `cart_items` (' +
        '`id` char(36) NOT NULL, `cart_id` char(36) NOT NULL, `product_id` char(36) NOT NULL, ' +
        '`sku` varchar(64) NOT NULL, `name` varchar(200) NOT NULL, `unit_price` decimal(12,2) NOT NULL, ' +
        '`currency` char(3) NOT NULL, `quantity` smallint NOT NULL, `added_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_cart_items_cart_product` (`cart_id`, `product_id`), ' +
        'PRIMARY KEY (`id`), ' +
        'CONSTRAINT `FK_cart_items_cart` FOREIGN KEY (`cart_id`) REFERENCES `carts` (`id`) ' +
        'ON DELETE CASCADE ON UPDATE NO ACTION) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `cart_items`');
    await queryRunner.query('DROP TABLE `carts`');
  }
}
