import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RESERVATION_STATUSES, type ReservationStatus } from '../domain/reservation';

@Entity({ name: 'reservations' })
@Index('IDX_reservations_status_until', ['status', 'reservedUntil'])
export class ReservationEntity {
  @PrimaryColumn({ name: 'order_id', type: 'char', length: 36 })
  orderId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'enum', enum: RESERVATION_STATUSES })
  status!: ReservationStatus;

  @Column({ name: 'reserved_until', type: 'datetime', precision: 3 })
  reservedUntil!: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
