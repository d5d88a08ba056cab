import 'server-only';
import { ApiError } from './api-error';
import { gateway } from './gateway';
import { currentCredentials, ownerOf } from './session';
import type { Cart } from './types';

/** The shopper's cart, or null when they have none (no credentials, or a guest cart that has expired). */
export async function currentCart(): Promise<Cart | null> {
  const owner = ownerOf(await currentCredentials());
  if (!owner.bearer && !owner.cartToken) return null;
  try {
    return await gateway<Cart>('/api/cart', { credentials: owner });
  } catch (error) {
    if (owner.cartToken && error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}
