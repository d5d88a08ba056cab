import { randomUUID } from 'node:crypto';
import { Cart } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';

/**
 * How a use case gets a cart for an owner who has none: a customer's is made on first use; a guest's
 * only by POST /api/cart, so for a guest there is none to make (the repository answers CART_NOT_FOUND).
 */
export function openerFor(owner: CartOwner, now: Date, ttlMs: number): (() => Cart) | undefined {
  return owner.kind === 'customer' ? () => Cart.open(randomUUID(), owner, now, ttlMs) : undefined;
}
