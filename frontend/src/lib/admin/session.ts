import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { ApiError } from '@/lib/api-error';
import { gateway, type GatewayRequest } from '@/lib/gateway';
import { REQUESTED_PATH_HEADER, signInHref } from '@/lib/return-to';
import type { Account, Failure } from '@/lib/types';
import { OPERATOR_ROLES, type OperatorRole } from './types';

/** The operator's access token: its own cookie, sent only to the console's paths. */
export const OPERATOR_COOKIE = 'shop_operator_token';
const OPERATOR_COOKIE_PATH = '/admin';

export interface Operator {
  account: Account;
  token: string;
  role: OperatorRole;
  /** Only admins change things; viewers read. */
  canEdit: boolean;
}

/** The strongest operator role among the token's roles (admin before viewer), or null for a customer. */
export function operatorRole(roles: readonly string[]): OperatorRole | null {
  return OPERATOR_ROLES.find((role) => roles.includes(role)) ?? null;
}

/**
 * The signed-in operator, checked with the catalog on every request (a token that expired, or whose
 * account is gone, counts as signed out). One call per request, however many components ask.
 */
export const currentOperator = cache(async (): Promise<Operator | null> => {
  const token = (await cookies()).get(OPERATOR_COOKIE)?.value;
  if (!token) return null;
  let account: Account;
  try {
    account = await gateway<Account>('/api/auth/me', { credentials: { bearer: token } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
  const role = operatorRole(account.roles);
  if (!role) return null;
  return { account, token, role, canEdit: role === 'admin' };
});

/** To the sign-in page, which brings the operator back to the page asked for (the proxy names it). */
async function redirectToSignIn(): Promise<never> {
  redirect(signInHref('/admin/signin', (await headers()).get(REQUESTED_PATH_HEADER)));
}

/** The operator, or a redirect to the sign-in page: every console page starts here. */
export async function requireOperator(): Promise<Operator> {
  return (await currentOperator()) ?? redirectToSignIn();
}

/** An operator who may edit, else the 403 page: edit pages start here. */
export async function requireAdmin(): Promise<Operator> {
  const operator = await requireOperator();
  if (!operator.canEdit) forbidden();
  return operator;
}

/** What a server action answers a viewer: the same refusal the API would give. */
export const VIEWER_REFUSED: Failure = {
  status: 403,
  code: 'FORBIDDEN',
  message: 'Your role (viewer) can look but not change: ask an admin.',
};

/** For server actions: the admin, a redirect when signed out, or the refusal for a viewer. */
export async function adminForAction(): Promise<Operator | Failure> {
  const operator = (await currentOperator()) ?? (await redirectToSignIn());
  return operator.canEdit ? operator : VIEWER_REFUSED;
}

export function isRefusal(value: Operator | Failure): value is Failure {
  return 'code' in value;
}

/** Calls the gateway as the operator. */
export function asOperator<T>(operator: Operator, path: string, request: GatewayRequest = {}): Promise<T> {
  return gateway<T>(path, { ...request, credentials: { bearer: operator.token } });
}

export async function rememberOperator(accessToken: string, expiresInSeconds: number): Promise<void> {
  (await cookies()).set(OPERATOR_COOKIE, accessToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env['COOKIE_SECURE'] === 'true',
    path: OPERATOR_COOKIE_PATH,
    maxAge: expiresInSeconds,
  });
}

export async function forgetOperator(): Promise<void> {
  (await cookies()).delete({ name: OPERATOR_COOKIE, path: OPERATOR_COOKIE_PATH });
}
