import { TokenService } from '@shop/auth';
import { FixedClock, strictMock } from '@shop/testing/jest';
import { EmailTakenError } from '../domain/auth.errors';
import type { CustomerAccount } from '../domain/customer-account';
import type { OperatorAccount } from '../domain/operator-account';
import type { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import type { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { SignUpUseCase } from './sign-up.use-case';

describe(SignUpUseCase.name, () => {
  const hasher = new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 });
  const tokens = new TokenService({
    secret: 'a-test-secret-that-is-at-least-32-bytes-long',
    issuer: 'observable-shop',
    audience: 'observable-shop-api',
    ttlSeconds: 600,
  });
  const clock = new FixedClock(new Date('2026-06-01T12:00:00Z'));
  let customers: jest.Mocked<CustomerAccountRepository>;
  let operators: jest.Mocked<OperatorAccountRepository>;
  let signUp: SignUpUseCase;

  const command = { email: '  Ada@Example.COM ', password: 'a-long-passphrase', name: '  Ada Lovelace ' };

  beforeEach(() => {
    customers = strictMock<CustomerAccountRepository>('customers');
    operators = strictMock<OperatorAccountRepository>('operators');
    signUp = new SignUpUseCase(customers, operators, hasher, tokens, clock);
  });

  it('stores the customer with a normalized email, a trimmed name and a password hash, and signs it in', async () => {
    operators.findByEmail.mockResolvedValueOnce(undefined);
    customers.insert.mockResolvedValueOnce(undefined);

    const result = await signUp.execute(command);

    const [[stored]] = customers.insert.mock.calls as [[CustomerAccount]];
    expect(stored).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      email: 'ada@example.com',
      passwordHash: expect.stringMatching(/^scrypt\$/) as unknown,
      name: 'Ada Lovelace',
      createdAt: new Date('2026-06-01T12:00:00Z'),
    });
    await expect(hasher.verify('a-long-passphrase', stored.passwordHash)).resolves.toBe(true);
    expect(operators.findByEmail).toHaveBeenCalledWith('ada@example.com');
    expect(result).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 600,
      account: { id: stored.id, email: 'ada@example.com', name: 'Ada Lovelace', roles: ['customer'] },
    });
    await expect(tokens.verify(result.accessToken)).resolves.toEqual({
      subject: stored.id,
      roles: ['customer'],
      email: 'ada@example.com',
    });
  });

  it('refuses an operator’s email without storing anything', async () => {
    operators.findByEmail.mockResolvedValueOnce({ id: 'op-1', email: 'ada@example.com' } as OperatorAccount);

    await expect(signUp.execute(command)).rejects.toThrow(EmailTakenError);
    expect(customers.insert).not.toHaveBeenCalled();
  });

  it('passes on a customer’s taken email as EmailTakenError', async () => {
    operators.findByEmail.mockResolvedValueOnce(undefined);
    customers.insert.mockRejectedValueOnce(new EmailTakenError());

    await expect(signUp.execute(command)).rejects.toThrow(EmailTakenError);
  });
});
