/**
 * Whose a cart is: a signed-in customer (the token's subject) or a guest, known only by the hash of
 * the opaque cart token the service issued (the token itself is never stored).
 */
export type CartOwner = CustomerOwner | GuestOwner;

export interface CustomerOwner {
  readonly kind: 'customer';
  readonly customerId: string;
}

export interface GuestOwner {
  readonly kind: 'guest';
  /** sha256 of the cart token, lowercase hex. */
  readonly tokenHash: string;
}

export type OwnerKind = CartOwner['kind'];
