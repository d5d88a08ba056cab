/** The cart rules that come from configuration. */
export abstract class CartSettings {
  /** A cart expires this long after its last change (CART_TTL_HOURS). */
  abstract readonly ttlMs: number;
}
