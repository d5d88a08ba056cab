import { Column, Entity, PrimaryColumn } from 'typeorm';

// The table also has CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand), made by its
// migration: TypeORM cannot declare checks for MySQL, so the drift check does not see it.
@Entity({ name: 'stock_items' })
export class StockItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ name: 'product_id', type: 'char', length: 36, nullable: true })
  productId!: string | null;

  @Column({ name: 'on_hand', type: 'int', default: 0 })
  onHand!: number;

  @Column({ type: 'int', default: 0 })
  reserved!: number;

  @Column({ name: 'low_stock_threshold', type: 'int', default: 5 })
  lowStockThreshold!: number;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
