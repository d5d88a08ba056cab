import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A row of `customer_accounts`; the migration 1765200000000-customer-accounts creates exactly this. */
@Entity({ name: 'customer_accounts' })
export class CustomerAccountEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  // 254 is the longest valid address (RFC 5321 path limit).
  @Index('UQ_customer_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
