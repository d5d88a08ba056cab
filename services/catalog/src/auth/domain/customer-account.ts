/** A shopper with an account: signs in to the storefront to keep a cart and see their orders. */
export interface CustomerAccount {
  id: string;
  /** Stored normalized (see normalizeEmail), so the unique index is the identity. */
  email: string;
  /** A self-describing hash (see ScryptPasswordHasher), never the password. */
  passwordHash: string;
  name: string;
  createdAt: Date;
}
