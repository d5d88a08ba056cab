'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ApiError } from '@/lib/api-error';
import { gateway } from '@/lib/gateway';
import { failureOf } from '@/lib/results';
import { RETURN_TO_PARAM, storefrontReturnTo } from '@/lib/return-to';
import { currentCredentials, forgetCartToken, forgetSession, rememberSession } from '@/lib/session';
import type { Failure, Session } from '@/lib/types';

export interface AccountFormState {
  email: string;
  name: string;
  errors: Partial<Record<'email' | 'password' | 'name', string>>;
  failure?: Failure;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Moves the guest's cart lines into the customer's cart. A guest cart the cart service no longer
 * knows is simply forgotten; when the cart service cannot be reached the token is kept for the next sign-in.
 */
async function adoptGuestCart(bearer: string): Promise<void> {
  const { cartToken } = await currentCredentials();
  if (!cartToken) return;
  try {
    await gateway('/api/cart/merge', { method: 'POST', credentials: { bearer, cartToken } });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) {
      console.error('guest cart merge failed', error);
      return;
    }
  }
  await forgetCartToken();
}

async function startSession(session: Session): Promise<Failure | undefined> {
  if (!session.account.roles.includes('customer')) {
    return { status: 403, code: 'NOT_A_CUSTOMER', message: 'This is an operator account: it cannot shop.' };
  }
  await rememberSession(session.accessToken, session.expiresIn);
  await adoptGuestCart(session.accessToken);
  return undefined;
}

export async function signIn(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const email = text(form, 'email').trim();
  const password = text(form, 'password');
  const state: AccountFormState = { email, name: '', errors: {} };
  if (email === '') state.errors.email = 'Enter your email address';
  if (password === '') state.errors.password = 'Enter your password';
  if (Object.keys(state.errors).length > 0) return state;
  try {
    const session = await gateway<Session>('/api/auth/login', { method: 'POST', body: { email, password } });
    const refused = await startSession(session);
    if (refused) return { ...state, failure: refused };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { ...state, failure: { ...error.failure, message: 'The email or the password is wrong.' } };
    }
    return { ...state, failure: failureOf(error) };
  }
  revalidatePath('/', 'layout');
  redirect(storefrontReturnTo(form.get(RETURN_TO_PARAM)));
}

export async function signUp(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const email = text(form, 'email').trim();
  const name = text(form, 'name').trim();
  const password = text(form, 'password');
  const state: AccountFormState = { email, name, errors: {} };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) state.errors.email = 'Enter an email address like name@example.com';
  if (name === '') state.errors.name = 'Enter your name';
  else if (name.length > 100) state.errors.name = 'Use at most 100 characters';
  if (password.length < 12) state.errors.password = 'Use at least 12 characters';
  else if (password.length > 200) state.errors.password = 'Use at most 200 characters';
  if (Object.keys(state.errors).length > 0) return state;
  try {
    const session = await gateway<Session>('/api/auth/signup', { method: 'POST', body: { email, password, name } });
    const refused = await startSession(session);
    if (refused) return { ...state, failure: refused };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') {
      return { ...state, errors: { email: 'An account with this email exists: sign in instead' } };
    }
    return { ...state, failure: failureOf(error) };
  }
  revalidatePath('/', 'layout');
  redirect(storefrontReturnTo(form.get(RETURN_TO_PARAM)));
}

export async function signOut(): Promise<void> {
  await forgetSession();
  revalidatePath('/', 'layout');
  redirect('/');
}
