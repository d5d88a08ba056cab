import 'server-only';
import { cache } from 'react';
import { ApiError } from './api-error';
import { gateway } from './gateway';
import { currentCredentials, ownerOf } from './session';
import type { Cart } from './types';

/**
 * The shopper's cart, or null when they have none (no credentials, or a guest cart that has expired).
 * Read once per request however many components ask (the header and the page both do).
 */
export const currentCart = cache(async (): Promise<Cart | null> => {
  const owner = ownerOf(await currentCredentials());
  if (!owner.bearer && !owner.cartToken) return null;
  try {
    return await gateway<Cart>('/api/cart', { credentials: owner });
  } catch (error) {
    if (owner.cartToken && error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
});
