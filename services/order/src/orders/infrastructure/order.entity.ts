import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OrderLine, ShippingAddress } from '../domain/order';
import { ORDER_STATUSES, REJECTION_REASONS, type OrderStatus, type RejectionReason } from '../domain/order-status';

@Entity({ name: 'orders' })
@Index('UQ_orders_owner_idempotency_key', ['ownerKey', 'idempotencyKey'], { unique: true })
@Index('IDX_orders_owner_created', ['ownerKey', 'createdAt'])
@Index('IDX_orders_status_created', ['status', 'createdAt'])
@Index('IDX_orders_created', ['createdAt'])
@Index('IDX_orders_customer_created', ['customerId', 'createdAt'])
@Index('IDX_orders_email_created', ['email', 'createdAt'])
export class OrderEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'enum', enum: ORDER_STATUSES })
  status!: OrderStatus;

  @Column({ name: 'rejection_reason', type: 'enum', enum: REJECTION_REASONS, nullable: true })
  rejectionReason!: RejectionReason | null;

  /** `customer:<id>` or `guest:<sha256 of the cart token>`: see ownerKey(). */
  @Column({ name: 'owner_key', type: 'varchar', length: 80, charset: 'ascii', collation: 'ascii_bin' })
  ownerKey!: string;

  @Column({ name: 'customer_id', type: 'char', length: 36, nullable: true })
  customerId!: string | null;

  @Column({ name: 'guest_token_hash', type: 'char', length: 64, nullable: true })
  guestTokenHash!: string | null;

  // Compared byte for byte: keys that differ only in case are different keys.
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, charset: 'ascii', collation: 'ascii_bin' })
  idempotencyKey!: string;

  @Column({ name: 'request_fingerprint', type: 'char', length: 64 })
  requestFingerprint!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'cart_id', type: 'char', length: 36 })
  cartId!: string;

  @Column({ type: 'json' })
  lines!: OrderLine[];

  // mysql2 returns DECIMAL as a string, so the exact amount reaches the mapper untouched.
  @Column({ type: 'decimal', precision: 12, scale: 2 })
  total!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'shipping_address', type: 'json' })
  shippingAddress!: ShippingAddress;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
