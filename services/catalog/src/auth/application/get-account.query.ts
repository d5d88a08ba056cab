import { Injectable } from '@nestjs/common';
import type { Principal } from '@shop/auth';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { customerProfile, operatorProfile, type AccountProfile } from '../domain/account-profile';
import { AccountNotFoundError } from '../domain/auth.errors';
import { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import { OperatorAccountRepository } from '../infrastructure/operator-account.repository';

/** The account a verified token was issued to. */
@Injectable()
export class GetAccountQuery {
  constructor(
    private readonly operators: OperatorAccountRepository,
    private readonly customers: CustomerAccountRepository,
  ) {}

  /** The token's roles say which table: customers carry only `customer`, operators never do. */
  async execute(principal: Principal): Promise<AccountProfile> {
    if (principal.roles.includes('customer')) {
      annotateSpan({ [ShopAttributes.CustomerId]: principal.subject });
      const customer = await this.customers.findById(principal.subject);
      if (customer) return customerProfile(customer);
    } else {
      const operator = await this.operators.findById(principal.subject);
      if (operator && !operator.disabled) return operatorProfile(operator);
    }
    throw new AccountNotFoundError();
  }
}
