import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders (OrderEntity): one row per order, its lines and address as JSON (a snapshot taken at checkout,
 * never updated). The unique (owner, Idempotency-Key) index is what lets parallel retries make one order.
 */
export class CreateOrders1766100000002 implements MigrationInterface {
  name = 'CreateOrders1766100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `orders` (' +
        '`id` char(36) NOT NULL, ' +
        "`status` enum ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED') NOT NULL, " +
        "`rejection_reason` enum ('out-of-stock', 'unknown-sku', 'expired') NULL, " +
        '`owner_key` varchar(80) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, ' +
        '`customer_id` char(36) NULL, ' +
        '`guest_token_hash` char(64) NULL, ' +
        '`idempotency_key` varchar(100) CHARACTER SET "ascii" COLLATE "ascii_bin" NOT NULL, ' +
        '`request_fingerprint` char(64) NOT NULL, ' +
        '`email` varchar(254) NOT NULL, ' +
        '`cart_id` char(36) NOT NULL, ' +
        '`lines` json NOT NULL, ' +
        '`total` decimal(12,2) NOT NULL, ' +
        '`currency` char(3) NOT NULL, ' +
        '`shipping_address` json NOT NULL, ' +
        '`created_at` datetime(3) NOT NULL, ' +
        '`updated_at` datetime(3) NOT NULL, ' +
        'UNIQUE INDEX `UQ_orders_owner_idempotency_key` (`owner_key`, `idempotency_key`), ' +
        'INDEX `IDX_orders_owner_created` (`owner_key`, `created_at`), ' +
        'INDEX `IDX_orders_status_created` (`status`, `created_at`), ' +
        'INDEX `IDX_orders_created` (`created_at`), ' +
        'INDEX `IDX_orders_customer_created` (`customer_id`, `created_at`), ' +
        'INDEX `IDX_orders_email_created` (`email`, `created_at`), ' +
        'PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `orders`');
  }
}
