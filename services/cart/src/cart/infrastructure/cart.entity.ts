import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
import { CartItemEntity } from './cart-item.entity';

/** A cart row: owned by a customer (customer_id) or by the holder of a guest token (its sha256 only). */
@Entity({ name: 'carts' })
export class CartEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  // One live cart per customer: a customer's cart is made on first use, so two requests at once race here.
  @Index('UQ_carts_customer_id', { unique: true })
  @Column({ name: 'customer_id', type: 'char', length: 36, nullable: true })
  customerId!: string | null;

  @Index('UQ_carts_guest_token_hash', { unique: true })
  @Column({ name: 'guest_token_hash', type: 'char', length: 64, nullable: true })
  guestTokenHash!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  // The sweeper deletes by this column; every read filters on it.
  @Index('IDX_carts_expires_at')
  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @OneToMany(() => CartItemEntity, (item) => item.cart)
  items?: CartItemEntity[];
}
