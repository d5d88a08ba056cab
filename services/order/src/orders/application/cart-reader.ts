import type { CartLine } from '../domain/order';

/** How the cart service is asked for the caller's cart: with the caller's own credentials. */
export type CartCredentials = { readonly authorization: string } | { readonly cartToken: string };

export interface Cart {
  readonly id: string;
  readonly lines: readonly CartLine[];
}

/** Reads the caller's cart from the cart service. */
export abstract class CartReader {
  /** The cart, or null when the caller has none; throws CartUnavailableError when the cart service fails. */
  abstract read(credentials: CartCredentials, correlationId: string): Promise<Cart | null>;
}
