import type { Role } from '@shop/auth';

/** A person who signs in to the admin console. */
export interface OperatorAccount {
  id: string;
  /** Stored normalized (see normalizeEmail), so the unique index is the identity. */
  email: string;
  /** A self-describing hash (see ScryptPasswordHasher), never the password. */
  passwordHash: string;
  roles: Role[];
  displayName: string;
  /** A disabled account cannot sign in; its tokens already issued live out their short lifetime. */
  disabled: boolean;
  createdAt: Date;
}
