import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { OperatorAccount } from '../domain/operator-account';
import { OperatorAccountEntity } from './operator-account.entity';

/** Operator accounts in the catalog database. */
@Injectable()
export class OperatorAccountRepository {
  constructor(@InjectRepository(OperatorAccountEntity) private readonly rows: Repository<OperatorAccountEntity>) {}

  /** The account with this normalized email, if any. */
  async findByEmail(email: string): Promise<OperatorAccount | undefined> {
    const row = await this.rows.findOne({ where: { email } });
    return row === null ? undefined : toOperatorAccount(row);
  }

  async findById(id: string): Promise<OperatorAccount | undefined> {
    const row = await this.rows.findOne({ where: { id } });
    return row === null ? undefined : toOperatorAccount(row);
  }
}

export function toOperatorAccount(row: OperatorAccountEntity): OperatorAccount {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.passwordHash,
    roles: row.roles,
    displayName: row.displayName,
    disabled: row.disabled,
    createdAt: row.createdAt,
  };
}
