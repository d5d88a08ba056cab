import { TokenService } from '@shop/auth';
import { InvalidCredentialsError } from '../domain/auth.errors';
import type { OperatorAccount } from '../domain/operator-account';
import type { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { LoginUseCase } from './login.use-case';

class InMemoryOperatorAccounts {
  constructor(private readonly accounts: OperatorAccount[]) {}

  findByEmail(email: string): Promise<OperatorAccount | undefined> {
    return Promise.resolve(this.accounts.find((account) => account.email === email));
  }
}

describe(LoginUseCase.name, () => {
  const hasher = new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 });
  const tokens = new TokenService({
    secret: 'a-test-secret-that-is-at-least-32-bytes-long',
    issuer: 'observable-shop',
    audience: 'observable-shop-api',
    ttlSeconds: 600,
  });
  let login: LoginUseCase;
  let verifyNothing: jest.SpyInstance;

  const account = async (overrides: Partial<OperatorAccount> = {}): Promise<OperatorAccount> => ({
    id: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
    email: 'admin@shop.local',
    passwordHash: await hasher.hash('admin-password-1'),
    roles: ['admin'],
    displayName: 'Shop Admin',
    disabled: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  });

  beforeEach(async () => {
    const accounts = new InMemoryOperatorAccounts([
      await account(),
      await account({ id: 'a1b2c3d4-0000-4000-8000-000000000002', email: 'gone@shop.local', disabled: true }),
    ]);
    login = new LoginUseCase(accounts as unknown as OperatorAccountRepository, hasher, tokens);
    verifyNothing = jest.spyOn(hasher, 'verifyNothing');
  });

  afterEach(() => {
    verifyNothing.mockRestore();
  });

  it('issues a token carrying the account id, roles and email', async () => {
    const result = await login.execute({ email: 'admin@shop.local', password: 'admin-password-1' });

    expect(result).toMatchObject({ tokenType: 'Bearer', expiresIn: 600, roles: ['admin'] });
    await expect(tokens.verify(result.accessToken)).resolves.toEqual({
      subject: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
      roles: ['admin'],
      email: 'admin@shop.local',
    });
  });

  it('finds the account whatever the case and surrounding spaces of the email', async () => {
    await expect(login.execute({ email: '  Admin@Shop.LOCAL ', password: 'admin-password-1' })).resolves.toMatchObject({
      roles: ['admin'],
    });
  });

  it.each([
    ['a wrong password', 'admin@shop.local', 'admin-password-2'],
    ['a disabled account', 'gone@shop.local', 'admin-password-1'],
    ['an unknown email', 'nobody@shop.local', 'admin-password-1'],
  ])('answers InvalidCredentialsError to %s', async (_case, email, password) => {
    await expect(login.execute({ email, password })).rejects.toThrow(InvalidCredentialsError);
  });

  it('spends the hashing work for an unknown email too', async () => {
    await expect(login.execute({ email: 'nobody@shop.local', password: 'whatever' })).rejects.toThrow(
      InvalidCredentialsError,
    );
    expect(verifyNothing).toHaveBeenCalledWith('whatever');
  });
});
