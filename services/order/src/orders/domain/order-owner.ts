import { createHash } from 'node:crypto';

/** Who an order belongs to: a signed-in customer (account id) or a guest (the hash of their cart token). */
export type OrderOwner =
  { readonly kind: 'customer'; readonly customerId: string } | { readonly kind: 'guest'; readonly tokenHash: string };

/** A guest's cart token as stored: sha256 hex, never the token itself. */
export function guestTokenHash(cartToken: string): string {
  return createHash('sha256').update(cartToken, 'utf8').digest('hex');
}

/**
 * One column for both kinds of owner, so that "this owner's orders" and "this owner's idempotency key"
 * are each one index range (a NULL customer id would never collide in a unique index).
 */
export function ownerKey(owner: OrderOwner): string {
  return owner.kind === 'customer' ? `customer:${owner.customerId}` : `guest:${owner.tokenHash}`;
}
