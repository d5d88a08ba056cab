import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CartEntity } from './cart.entity';

/** One line of a cart, with the catalog's name, SKU and price as they were when it was added. */
@Entity({ name: 'cart_items' })
@Index('UQ_cart_items_cart_product', ['cartId', 'productId'], { unique: true })
export class CartItemEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'cart_id', type: 'char', length: 36 })
  cartId!: string;

  @Column({ name: 'product_id', type: 'char', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  // mysql2 returns DECIMAL as a string, so the exact amount reaches the mapper untouched.
  @Column({ name: 'unit_price', type: 'decimal', precision: 12, scale: 2 })
  unitPrice!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'smallint' })
  quantity!: number;

  @Column({ name: 'added_at', type: 'datetime', precision: 3 })
  addedAt!: Date;

  // Deleting a cart (merge, sweeper) deletes its lines in the same statement.
  @ManyToOne(() => CartEntity, (cart) => cart.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cart_id', foreignKeyConstraintName: 'FK_cart_items_cart' })
  cart?: CartEntity;
}
