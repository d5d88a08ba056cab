/** What signing and verifying need; every service gets the same values from the JWT_* settings. */
export interface AuthSettings {
  /** HS256 shared secret, at least 32 bytes (256 bits, the size of the HMAC-SHA-256 output). */
  secret: string;
  issuer: string;
  audience: string;
  /** Lifetime of an issued access token. */
  ttlSeconds: number;
}

/** Injection token of the AuthSettings given to AuthModule.forRoot. */
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');
