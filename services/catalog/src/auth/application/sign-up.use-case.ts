import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TokenService } from '@shop/auth';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { customerProfile } from '../domain/account-profile';
import { EmailTakenError } from '../domain/auth.errors';
import type { CustomerAccount } from '../domain/customer-account';
import { normalizeEmail } from '../domain/email-address';
import { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import type { SignedIn } from './login.use-case';

export interface SignUpCommand {
  email: string;
  password: string;
  name: string;
}

/**
 * Opens a customer account and signs it in. The email must be new to the shop: neither a customer's
 * nor an operator's (EmailTakenError, the same whichever it is).
 */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly customers: CustomerAccountRepository,
    private readonly operators: OperatorAccountRepository,
    private readonly hasher: ScryptPasswordHasher,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  async execute({ email, password, name }: SignUpCommand): Promise<SignedIn> {
    const account: CustomerAccount = {
      id: randomUUID(),
      email: normalizeEmail(email),
      // Hashed before any lookup, so a taken email answers after the same work as a new one.
      passwordHash: await this.hasher.hash(password),
      name: name.trim(),
      createdAt: this.clock.now(),
    };
    if (await this.operators.findByEmail(account.email)) throw new EmailTakenError();
    await this.customers.insert(account);
    annotateSpan({ [ShopAttributes.CustomerId]: account.id });

    const profile = customerProfile(account);
    const token = await this.tokens.sign({ subject: profile.id, roles: profile.roles, email: profile.email });
    return { ...token, account: profile };
  }
}
