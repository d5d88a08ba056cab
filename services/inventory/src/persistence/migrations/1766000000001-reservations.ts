import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The units held, sold or released per order and SKU (ReservationEntity). */
export class Reservations1766000000001 implements MigrationInterface {
  name = 'Reservations1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `reservations` (' +
        '`order_id` char(36) NOT NULL, `sku` varchar(64) NOT NULL, `quantity` int NOT NULL, ' +
        "`status` enum ('RESERVED', 'SOLD', 'RELEASED') NOT NULL, `reserved_until` datetime(3) NOT NULL, " +
        '`created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, ' +
        'INDEX `IDX_reservations_status_until` (`status`, `reserved_until`), PRIMARY KEY (`order_id`, `sku`), ' +
        'CONSTRAINT `CHK_reservations_quantity` CHECK (`quantity` > 0)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `reservations`');
  }
}
