import { Injectable } from '@nestjs/common';
import { TokenService, type IssuedToken, type Role } from '@shop/auth';
import { InvalidCredentialsError } from '../domain/auth.errors';
import { normalizeEmail } from '../domain/email-address';
import { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';

export interface LoginCommand {
  email: string;
  password: string;
}

export interface LoginResult extends IssuedToken {
  roles: Role[];
}

/**
 * Signs an operator in: checks the password and issues an access token. Every failure is the same
 * InvalidCredentialsError, and an unknown email costs the same hashing work as a wrong password.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly accounts: OperatorAccountRepository,
    private readonly hasher: ScryptPasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email, password }: LoginCommand): Promise<LoginResult> {
    const account = await this.accounts.findByEmail(normalizeEmail(email));
    const passwordMatches = account
      ? await this.hasher.verify(password, account.passwordHash)
      : await this.hasher.verifyNothing(password);
    if (!account || !passwordMatches || account.disabled) throw new InvalidCredentialsError();

    const token = await this.tokens.sign({ subject: account.id, roles: account.roles, email: account.email });
    return { ...token, roles: account.roles };
  }
}
