import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';
import { InvalidTokenError } from './invalid-token.error';
import type { Principal } from './principal';
import { isRole, type Role } from './roles';

/** What a sign-in returns to the client (OAuth 2.0 token response field meanings). */
export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn: number;
}

const ALGORITHM = 'HS256';
// Tolerates small clock differences between the host that signed and the host that verifies.
const CLOCK_TOLERANCE_SECONDS = 5;
const MIN_SECRET_BYTES = 32;

/**
 * Signs and verifies the shop's access tokens (HS256 JWTs). Injected by AuthModule, or built with
 * `new TokenService(settings)` where there is no Nest container (scripts, tests, Lambda handlers).
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {
    this.key = new TextEncoder().encode(settings.secret);
    if (this.key.byteLength < MIN_SECRET_BYTES) {
      throw new Error(`The token secret must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    if (!Number.isInteger(settings.ttlSeconds) || settings.ttlSeconds <= 0) {
      throw new Error('The token lifetime must be a positive whole number of seconds');
    }
  }

  /** Issues an access token for the principal, valid for the configured lifetime. */
  async sign(principal: Principal): Promise<IssuedToken> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = { roles: principal.roles };
    if (principal.email !== undefined) claims['email'] = principal.email;
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setSubject(principal.subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.settings.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.key);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.settings.ttlSeconds };
  }

  /**
   * Verifies signature, algorithm (HS256 only, so `alg: none` and key-confusion tricks are refused),
   * issuer, audience, expiry and not-before, then the roles claim. Throws InvalidTokenError.
   */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code, { cause: error });
      throw error;
    }
    return toPrincipal(payload);
  }
}

function toPrincipal(payload: JWTPayload): Principal {
  const { sub, roles, email } = payload;
  if (typeof sub !== 'string' || sub === '') throw new InvalidTokenError('ERR_SUBJECT_INVALID');
  if (!Array.isArray(roles) || !roles.every(isRole)) throw new InvalidTokenError('ERR_ROLES_INVALID');
  if (email !== undefined && typeof email !== 'string') throw new InvalidTokenError('ERR_EMAIL_INVALID');
  const principal: Principal = { subject: sub, roles: [...new Set<Role>(roles)] };
  if (email !== undefined) principal.email = email;
  return principal;
}
