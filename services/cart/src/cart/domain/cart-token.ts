import { createHash, randomBytes } from 'node:crypto';

// 32 random bytes in base64url without padding: 43 characters.
const CART_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new guest cart token: 256 random bits, handed to the client once and never stored. */
export function newCartToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isCartToken(value: string): boolean {
  return CART_TOKEN.test(value);
}

/** What the database keeps instead of the token: its sha256, lowercase hex. */
export function cartTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
