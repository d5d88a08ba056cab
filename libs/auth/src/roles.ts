/** Every role a token can carry. Adding one here makes it known to every service on its next build. */
export const ROLES = ['admin', 'viewer', 'customer'] as const;

/** admin: writes in the admin API; viewer: reads the admin API; customer: a storefront shopper. */
export type Role = (typeof ROLES)[number];

/** Narrows an unknown claim value to a known role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
