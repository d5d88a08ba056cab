import { randomUUID } from 'node:crypto';
import type { Role } from '@shop/auth';
import type { DataSource, Repository } from 'typeorm';
import { normalizeEmail } from '../domain/email-address';
import { OperatorAccountEntity } from './operator-account.entity';
import { ScryptPasswordHasher } from './scrypt-password-hasher';

export interface OperatorSeedPasswords {
  adminPassword: string;
  viewerPassword: string;
}

export type SeedOutcome = 'created' | 'updated' | 'unchanged';

/** The accounts a local shop signs in with (the README names them). */
export const SEEDED_OPERATOR_EMAILS = { admin: 'admin@shop.local', viewer: 'viewer@shop.local' } as const;

interface SeededOperator {
  email: string;
  displayName: string;
  roles: Role[];
  password: string;
}

/**
 * Makes `admin@shop.local` (role admin) and `viewer@shop.local` (role viewer) exist, enabled, with
 * these passwords. Idempotent: a second run with the same passwords changes nothing (a stored hash
 * that already matches is kept); a new password replaces the hash. Answers what happened per email.
 */
export async function seedOperators(
  dataSource: DataSource,
  passwords: OperatorSeedPasswords,
  hasher = new ScryptPasswordHasher(),
): Promise<Record<string, SeedOutcome>> {
  const operators: SeededOperator[] = [
    {
      email: SEEDED_OPERATOR_EMAILS.admin,
      displayName: 'Shop Admin',
      roles: ['admin'],
      password: passwords.adminPassword,
    },
    {
      email: SEEDED_OPERATOR_EMAILS.viewer,
      displayName: 'Shop Viewer',
      roles: ['viewer'],
      password: passwords.viewerPassword,
    },
  ];
  const rows = dataSource.getRepository(OperatorAccountEntity);
  const outcomes: Record<string, SeedOutcome> = {};
  for (const operator of operators) {
    outcomes[operator.email] = await upsertOperator(rows, operator, hasher);
  }
  return outcomes;
}

async function upsertOperator(
  rows: Repository<OperatorAccountEntity>,
  operator: SeededOperator,
  hasher: ScryptPasswordHasher,
): Promise<SeedOutcome> {
  const email = normalizeEmail(operator.email);
  const existing = await rows.findOne({ where: { email } });
  if (existing === null) {
    await rows.insert({
      id: randomUUID(),
      email,
      passwordHash: await hasher.hash(operator.password),
      roles: operator.roles,
      displayName: operator.displayName,
      disabled: false,
      createdAt: new Date(),
    });
    return 'created';
  }

  const passwordMatches = await hasher.verify(operator.password, existing.passwordHash);
  const sameRoles = sameMembers(existing.roles, operator.roles);
  if (passwordMatches && sameRoles && existing.displayName === operator.displayName && !existing.disabled) {
    return 'unchanged';
  }
  await rows.update(
    { id: existing.id },
    {
      passwordHash: passwordMatches ? existing.passwordHash : await hasher.hash(operator.password),
      roles: operator.roles,
      displayName: operator.displayName,
      disabled: false,
    },
  );
  return 'updated';
}

function sameMembers(left: readonly Role[], right: readonly Role[]): boolean {
  return left.length === right.length && left.every((role) => right.includes(role));
}
