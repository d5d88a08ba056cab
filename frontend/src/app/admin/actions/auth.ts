'use server';

import { redirect } from 'next/navigation';
import { operatorRole, forgetOperator, rememberOperator } from '@/lib/admin/session';
import { textField } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import { ApiError } from '@/lib/api-error';
import { gateway } from '@/lib/gateway';
import { failureOf } from '@/lib/results';
import { consoleReturnTo, RETURN_TO_PARAM } from '@/lib/return-to';
import type { Session } from '@/lib/types';

export type OperatorSignInState = FormState<{ email: string }, 'email' | 'password'>;

/**
 * Signs an operator in: the access token goes into the console's own httpOnly cookie, never to scripts.
 * Then back to the console page the operator asked for.
 */
export async function signInOperator(_previous: OperatorSignInState, form: FormData): Promise<OperatorSignInState> {
  const email = textField(form, 'email').trim();
  const password = textField(form, 'password');
  const state: OperatorSignInState = { values: { email }, errors: {} };
  if (email === '') state.errors.email = 'Enter your email address';
  if (password === '') state.errors.password = 'Enter your password';
  if (state.errors.email || state.errors.password) return state;
  try {
    const session = await gateway<Session>('/api/auth/login', { method: 'POST', body: { email, password } });
    if (!operatorRole(session.account.roles)) {
      return {
        ...state,
        failure: { status: 403, code: 'NOT_AN_OPERATOR', message: 'This account cannot use the admin console.' },
      };
    }
    await rememberOperator(session.accessToken, session.expiresIn);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { ...state, failure: { ...error.failure, message: 'The email or the password is wrong.' } };
    }
    return { ...state, failure: failureOf(error) };
  }
  redirect(consoleReturnTo(form.get(RETURN_TO_PARAM)));
}

export async function signOutOperator(): Promise<void> {
  await forgetOperator();
  redirect('/admin/signin');
}
