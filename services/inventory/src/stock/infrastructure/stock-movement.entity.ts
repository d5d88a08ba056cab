import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MOVEMENT_KINDS, type MovementKind } from '../domain/stock-movement';

@Entity({ name: 'stock_movements' })
@Index('IDX_stock_movements_sku_id', ['sku', 'id'])
export class StockMovementEntity {
  // mysql2 returns BIGINT as a string (bigNumberStrings).
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'enum', enum: MOVEMENT_KINDS })
  kind!: MovementKind;

  @Column({ name: 'on_hand_delta', type: 'int' })
  onHandDelta!: number;

  @Column({ name: 'reserved_delta', type: 'int' })
  reservedDelta!: number;

  @Column({ name: 'on_hand_after', type: 'int' })
  onHandAfter!: number;

  @Column({ name: 'reserved_after', type: 'int' })
  reservedAfter!: number;

  @Column({ name: 'order_id', type: 'char', length: 36, nullable: true })
  orderId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;
}
