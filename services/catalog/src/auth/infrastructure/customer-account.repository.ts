import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { duplicateKeyOf } from '@shop/service-runtime';
import { Repository } from 'typeorm';
import { EmailTakenError } from '../domain/auth.errors';
import type { CustomerAccount } from '../domain/customer-account';
import { CustomerAccountEntity } from './customer-account.entity';

/** Customer accounts in the catalog database (docs/decisions/0005-shop-accounts-in-catalog.md). */
@Injectable()
export class CustomerAccountRepository {
  constructor(@InjectRepository(CustomerAccountEntity) private readonly rows: Repository<CustomerAccountEntity>) {}

  /** The account with this normalized email, if any. */
  async findByEmail(email: string): Promise<CustomerAccount | undefined> {
    return toCustomerAccount(await this.rows.findOne({ where: { email } }));
  }

  async findById(id: string): Promise<CustomerAccount | undefined> {
    return toCustomerAccount(await this.rows.findOne({ where: { id } }));
  }

  /** Stores a new account; the unique email index decides a race between two sign-ups (EmailTakenError). */
  async insert(account: CustomerAccount): Promise<void> {
    try {
      await this.rows.insert({ ...account });
    } catch (error) {
      if (duplicateKeyOf(error) === 'UQ_customer_accounts_email') throw new EmailTakenError();
      throw error;
    }
  }
}

function toCustomerAccount(row: CustomerAccountEntity | null): CustomerAccount | undefined {
  if (row === null) return undefined;
  return { id: row.id, email: row.email, passwordHash: row.passwordHash, name: row.name, createdAt: row.createdAt };
}
