import { strictMock } from '@shop/testing/jest';
import { AccountNotFoundError } from '../domain/auth.errors';
import type { CustomerAccount } from '../domain/customer-account';
import type { OperatorAccount } from '../domain/operator-account';
import type { CustomerAccountRepository } from '../infrastructure/customer-account.repository';
import type { OperatorAccountRepository } from '../infrastructure/operator-account.repository';
import { GetAccountQuery } from './get-account.query';

describe(GetAccountQuery.name, () => {
  let customers: jest.Mocked<CustomerAccountRepository>;
  let operators: jest.Mocked<OperatorAccountRepository>;
  let query: GetAccountQuery;

  const customer: CustomerAccount = {
    id: '5f4c2a1e-0d3b-4e6f-8a7b-9c0d1e2f3a4b',
    email: 'ada@example.com',
    passwordHash: 'scrypt$…',
    name: 'Ada Lovelace',
    createdAt: new Date('2026-02-01T00:00:00Z'),
  };
  const operator: OperatorAccount = {
    id: '8d0f3c2e-5b1a-4c7e-9f2d-1a2b3c4d5e6f',
    email: 'viewer@shop.local',
    passwordHash: 'scrypt$…',
    roles: ['viewer'],
    displayName: 'Shop Viewer',
    disabled: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  };

  beforeEach(() => {
    customers = strictMock<CustomerAccountRepository>('customers');
    operators = strictMock<OperatorAccountRepository>('operators');
    query = new GetAccountQuery(operators, customers);
  });

  it('finds a customer token’s account among the customers', async () => {
    customers.findById.mockResolvedValueOnce(customer);

    await expect(query.execute({ subject: customer.id, roles: ['customer'], email: customer.email })).resolves.toEqual({
      id: customer.id,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      roles: ['customer'],
    });
    expect(customers.findById).toHaveBeenCalledWith(customer.id);
  });

  it('finds an operator token’s account among the operators', async () => {
    operators.findById.mockResolvedValueOnce(operator);

    await expect(query.execute({ subject: operator.id, roles: ['viewer'] })).resolves.toEqual({
      id: operator.id,
      email: 'viewer@shop.local',
      name: 'Shop Viewer',
      roles: ['viewer'],
    });
  });

  it.each([
    ['a customer that no longer exists', ['customer'] as const, undefined, undefined],
    ['an operator that no longer exists', ['admin'] as const, undefined, undefined],
    ['a disabled operator', ['viewer'] as const, undefined, { ...operator, disabled: true }],
  ])('answers AccountNotFoundError for %s', async (_case, roles, foundCustomer, foundOperator) => {
    customers.findById.mockResolvedValue(foundCustomer);
    operators.findById.mockResolvedValue(foundOperator);

    await expect(query.execute({ subject: 'gone', roles: [...roles] })).rejects.toThrow(AccountNotFoundError);
  });
});
