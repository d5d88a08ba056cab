import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The category listings of products (ProductCategoryListingEntity): one row per product and per
 * category it is in or under, indexed so that a category list is one range per sort. Filled from the
 * existing products, links and paths.
 */
export class ProductCategoryListings1764900000000 implements MigrationInterface {
  name = 'ProductCategoryListings1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `product_category_listings` (' +
        '`product_id` char(36) NOT NULL, `category_id` char(36) NOT NULL, ' +
        "`status` enum ('draft', 'active', 'archived') NOT NULL, `price` decimal(12,2) NOT NULL, " +
        '`name` varchar(200) NOT NULL, `created_at` datetime(3) NOT NULL, ' +
        'INDEX `IDX_listings_category_status_price` (`category_id`, `status`, `price`, `product_id`), ' +
        'INDEX `IDX_listings_category_status_name` (`category_id`, `status`, `name`, `product_id`, `price`), ' +
        'INDEX `IDX_listings_category_status_created` (`category_id`, `status`, `created_at`, `product_id`, `price`), ' +
        'PRIMARY KEY (`product_id`, `category_id`)) ENGINE=InnoDB',
    );
    // A link's category lies under every category whose path is a prefix of its own.
    await queryRunner.query(
      'INSERT INTO `product_category_listings` (`product_id`, `category_id`, `status`, `price`, `name`, `created_at`) ' +
        'SELECT DISTINCT p.id, a.id, p.status, p.price, p.name, p.created_at FROM products p ' +
        'JOIN product_categories pc ON pc.product_id = p.id JOIN categories c ON c.id = pc.category_id ' +
        "JOIN categories a ON c.path LIKE CONCAT(a.path, '%')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `product_category_listings`');
  }
}
