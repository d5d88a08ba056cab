import type { OrderOwner } from '../domain/order-owner';
import type { CartCredentials } from './cart-reader';

/** Who sent a storefront request, as the owner resolver established it. */
export interface Caller {
  readonly owner: OrderOwner;
  /** The customer's email from their token; a guest gives theirs in the checkout body. */
  readonly email?: string;
  /** Forwarded to the cart service, which checks them itself. */
  readonly credentials: CartCredentials;
}
