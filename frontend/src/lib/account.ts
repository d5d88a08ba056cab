import 'server-only';
import { ApiError } from './api-error';
import { gateway } from './gateway';
import { currentCredentials } from './session';
import type { Account } from './types';

/** The signed-in customer, or null (no token, or one the shop no longer accepts). */
export async function currentAccount(): Promise<Account | null> {
  const { bearer } = await currentCredentials();
  if (!bearer) return null;
  try {
    return await gateway<Account>('/api/auth/me', { credentials: { bearer } });
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}
