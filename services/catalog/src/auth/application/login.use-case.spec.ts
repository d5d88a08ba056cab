import { TokenService } from '@shop/auth';
import { InvalidCredentialsError } from '../domain/auth.errors';
import type { CustomerAccount } from '../domain/customer-account';
import type { OperatorAccount } from '../domain/operator-account';
import type { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import type { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { LoginUseCase } from './login.use-case';

class InMemoryAccounts<T extends { email: string }> {
  constructor(private readonly accounts: T[]) {}

  findByEmail(email: string): Promise<T | undefined> {
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

  const operator = async (overrides: Partial<OperatorAccount> = {}): Promise<OperatorAccount> => ({
    id: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
    email: 'admin@shop.local',
    passwordHash: await hasher.hash('admin-password-1'),
    roles: ['admin'],
    displayName: 'Shop Admin',
    disabled: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  });

  const customer = async (overrides: Partial<CustomerAccount> = {}): Promise<CustomerAccount> => ({
    id: '5f4c2a1e-0d3b-4e6f-8a7b-9c0d1e2f3a4b',
    email: 'ada@example.com',
    passwordHash: await hasher.hash('customer-password-1'),
    name: 'Ada Lovelace',
    createdAt: new Date('2026-02-01T00:00:00Z'),
    ...overrides,
  });

  beforeEach(async () => {
    const operators = new InMemoryAccounts([
      await operator(),
      await operator({ id: 'a1b2c3d4-0000-4000-8000-000000000002', email: 'gone@shop.local', disabled: true }),
    ]);
    const customers = new InMemoryAccounts([await customer()]);
    login = new LoginUseCase(
      operators as unknown as OperatorAccountRepository,
      customers as unknown as CustomerAccountRepository,
      hasher,
      tokens,
    );
    verifyNothing = jest.spyOn(hasher, 'verifyNothing');
  });

  afterEach(() => {
    verifyNothing.mockRestore();
  });

  it('issues an operator a token carrying the account id, roles and email', async () => {
    const result = await login.execute({ email: 'admin@shop.local', password: 'admin-password-1' });

    expect(result).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 600,
      account: {
        id: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
        email: 'admin@shop.local',
        name: 'Shop Admin',
        roles: ['admin'],
      },
    });
    await expect(tokens.verify(result.accessToken)).resolves.toEqual({
      subject: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
      roles: ['admin'],
      email: 'admin@shop.local',
    });
  });

  it('signs a customer in with the customer role and the email claim', async () => {
    const result = await login.execute({ email: 'Ada@Example.com', password: 'customer-password-1' });

    expect(result.account).toEqual({
      id: '5f4c2a1e-0d3b-4e6f-8a7b-9c0d1e2f3a4b',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      roles: ['customer'],
    });
    await expect(tokens.verify(result.accessToken)).resolves.toEqual({
      subject: '5f4c2a1e-0d3b-4e6f-8a7b-9c0d1e2f3a4b',
      roles: ['customer'],
      email: 'ada@example.com',
    });
  });

  it('finds the account whatever the case and surrounding spaces of the email', async () => {
    await expect(login.execute({ email: '  Admin@Shop.LOCAL ', password: 'admin-password-1' })).resolves.toMatchObject({
      account: { roles: ['admin'] },
    });
  });

  it.each([
    ['a wrong operator password', 'admin@shop.local', 'admin-password-2'],
    ['a wrong customer password', 'ada@example.com', 'admin-password-1'],
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
