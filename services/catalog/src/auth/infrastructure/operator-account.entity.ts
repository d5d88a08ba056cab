import type { Role } from '@shop/auth';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A row of `operator_accounts`; the migration 1764800000000-operator-accounts creates exactly this. */
@Entity({ name: 'operator_accounts' })
export class OperatorAccountEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  // 254 is the longest valid address (RFC 5321 path limit).
  @Index('UQ_operator_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'json' })
  roles!: Role[];

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
