import type { Role } from './roles';

/** Who made a request, as proven by a verified token. */
export interface Principal {
  /** The token's `sub`: the account id. */
  subject: string;
  roles: Role[];
  email?: string;
}
