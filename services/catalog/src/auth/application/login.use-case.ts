import { Injectable } from '@nestjs/common';
import { TokenService, type IssuedToken } from '@shop/auth';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { customerProfile, operatorProfile, type AccountProfile } from '../domain/account-profile';
import { InvalidCredentialsError } from '../domain/auth.errors';
import { normalizeEmail } from '../domain/email-address';
import { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';

export interface LoginCommand {
  email: string;
  password: string;
}

export interface SignedIn extends IssuedToken {
  account: AccountProfile;
}

interface StoredCredentials {
  profile: AccountProfile;
  passwordHash: string;
  disabled: boolean;
}

/**
 * Signs an operator or a customer in: checks the password and issues an access token carrying the
 * account's roles and email. Every failure is the same InvalidCredentialsError, and an unknown email
 * costs the same hashing work as a wrong password.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly operators: OperatorAccountRepository,
    private readonly customers: CustomerAccountRepository,
    private readonly hasher: ScryptPasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email, password }: LoginCommand): Promise<SignedIn> {
    const stored = await this.credentialsOf(normalizeEmail(email));
    const passwordMatches = stored
      ? await this.hasher.verify(password, stored.passwordHash)
      : await this.hasher.verifyNothing(password);
    if (!stored || !passwordMatches || stored.disabled) throw new InvalidCredentialsError();

    const { profile } = stored;
    if (profile.roles.includes('customer')) annotateSpan({ [ShopAttributes.CustomerId]: profile.id });
    const token = await this.tokens.sign({ subject: profile.id, roles: profile.roles, email: profile.email });
    return { ...token, account: profile };
  }

  // Sign-up refuses an operator's email, so an address belongs to one table at most.
  private async credentialsOf(email: string): Promise<StoredCredentials | undefined> {
    const operator = await this.operators.findByEmail(email);
    if (operator) {
      return { profile: operatorProfile(operator), passwordHash: operator.passwordHash, disabled: operator.disabled };
    }
    const customer = await this.customers.findByEmail(email);
    if (customer) return { profile: customerProfile(customer), passwordHash: customer.passwordHash, disabled: false };
    return undefined;
  }
}
