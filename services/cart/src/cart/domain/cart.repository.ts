import type { Cart } from './cart';
import type { CartOwner, CustomerOwner, GuestOwner } from './cart-owner';

/** A change made under the cart's row lock: the cart as stored afterwards and what `change` returned. */
export interface CartChange<T> {
  readonly cart: Cart;
  readonly result: T;
  /** The cart was made for this change (a customer's first, or one replacing an expired cart). */
  readonly created: boolean;
}

/** What handling an `order.confirmed.v1` delivery did. */
export type EmptyOutcome = 'emptied' | 'no-cart' | 'already-handled';

/**
 * Where carts are kept. Only live carts (not expired at `now`) are ever returned: an expired cart is
 * absent, whether or not the sweeper has deleted it yet.
 */
export abstract class CartRepository {
  /** The owner's live cart with its lines (oldest first). One statement. */
  abstract findLive(owner: CartOwner, now: Date): Promise<Cart | null>;

  /** Stores a new, empty cart. */
  abstract insert(cart: Cart): Promise<void>;

  /**
   * Runs `change` on the owner's live cart in one transaction that holds the cart's row lock, then
   * stores what it changed; if `change` throws, nothing is stored. Without a live cart: with `open`,
   * the cart `open()` makes (an expired cart of the owner is deleted first), else CartNotFoundError.
   */
  abstract modify<T>(
    owner: CartOwner,
    now: Date,
    open: (() => Cart) | undefined,
    change: (cart: Cart) => T,
  ): Promise<CartChange<T>>;

  /**
   * In one transaction: locks the guest's live cart (CartNotFoundError without one) and the customer's
   * (made by `open` if there is none), runs `change`, stores the customer's cart and deletes the guest's.
   */
  abstract merge<T>(
    guest: GuestOwner,
    customer: CustomerOwner,
    now: Date,
    open: () => Cart,
    change: (customerCart: Cart, guestCart: Cart) => T,
  ): Promise<CartChange<T>>;

  /**
   * Removes every line of cart `cartId` (if it still exists) once per event: a second delivery of
   * `eventId` to `consumer` changes nothing.
   */
  abstract emptyOnce(consumer: string, eventId: string, cartId: string, now: Date): Promise<EmptyOutcome>;

  /** Deletes up to `limit` carts expired at `now`, with their lines; returns how many. */
  abstract deleteExpired(now: Date, limit: number): Promise<number>;
}
