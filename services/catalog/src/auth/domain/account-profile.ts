import type { Role } from '@shop/auth';
import type { CustomerAccount } from './customer-account';
import type { OperatorAccount } from './operator-account';

/** What the shop shows of a signed-in account, operator or customer alike. */
export interface AccountProfile {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

/** Customers always have exactly the customer role; their table has no roles column. */
export const CUSTOMER_ROLES: readonly Role[] = ['customer'];

export function operatorProfile(account: OperatorAccount): AccountProfile {
  return { id: account.id, email: account.email, name: account.displayName, roles: account.roles };
}

export function customerProfile(account: CustomerAccount): AccountProfile {
  return { id: account.id, email: account.email, name: account.name, roles: [...CUSTOMER_ROLES] };
}
