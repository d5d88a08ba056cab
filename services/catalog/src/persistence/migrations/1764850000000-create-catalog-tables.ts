import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Products, the category tree (materialized paths) and the product-category links. */
export class CreateCatalogTables1764850000000 implements MigrationInterface {
  name = 'CreateCatalogTables1764850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `categories` (' +
        '`id` char(36) NOT NULL, `parent_id` char(36) NULL, `name` varchar(200) NOT NULL, ' +
        '`slug` varchar(120) NOT NULL, `position` int NOT NULL, `path` varchar(400) NOT NULL, ' +
        '`depth` tinyint UNSIGNED NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_categories_slug` (`slug`), INDEX `IDX_categories_path` (`path`), ' +
        'INDEX `IDX_categories_parent_position` (`parent_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `products` (' +
        '`id` char(36) NOT NULL, `sku` varchar(64) NOT NULL, `name` varchar(200) NOT NULL, ' +
        '`slug` varchar(120) NOT NULL, `description` text NOT NULL, `price` decimal(12,2) NOT NULL, ' +
        '`currency` char(3) NOT NULL, `images` json NOT NULL, `attributes` json NOT NULL, ' +
        "`status` enum ('draft', 'active', 'archived') NOT NULL, " +
        '`created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_products_sku` (`sku`), UNIQUE INDEX `UQ_products_slug` (`slug`), ' +
        'FULLTEXT INDEX `FT_products_name` (`name`), ' +
        'FULLTEXT INDEX `FT_products_name_description` (`name`, `description`), ' +
        'INDEX `IDX_products_status_created` (`status`, `created_at`), ' +
        'INDEX `IDX_products_status_name` (`status`, `name`), ' +
        'INDEX `IDX_products_status_price` (`status`, `price`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `product_categories` (' +
        '`product_id` char(36) NOT NULL, `category_id` char(36) NOT NULL, ' +
        'INDEX `IDX_8748b4a0e8de6d266f2bbc877f` (`product_id`), INDEX `IDX_9148da8f26fc248e77a387e311` (`category_id`), ' +
        'PRIMARY KEY (`product_id`, `category_id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `categories` ADD CONSTRAINT `FK_categories_parent` FOREIGN KEY (`parent_id`) ' +
        'REFERENCES `categories`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE `product_categories` ADD CONSTRAINT `FK_product_categories_product` FOREIGN KEY (`product_id`) ' +
        'REFERENCES `products`(`id`) ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE `product_categories` ADD CONSTRAINT `FK_product_categories_category` FOREIGN KEY (`category_id`) ' +
        'REFERENCES `categories`(`id`) ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `product_categories`');
    await queryRunner.query('DROP TABLE `products`');
    await queryRunner.query('DROP TABLE `categories`');
  }
}
