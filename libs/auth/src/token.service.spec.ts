import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { InvalidTokenError } from './invalid-token.error';
import { TokenService } from './token.service';

const settings = {
  secret: 'a-test-secret-that-is-at-least-32-bytes-long',
  issuer: 'observable-shop',
  audience: 'observable-shop-api',
  ttlSeconds: 900,
};
const key = new TextEncoder().encode(settings.secret);
const now = () => Math.floor(Date.now() / 1000);

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token signed with the right secret whose claims can be bent one at a time. */
function craft(overrides: JWTPayload = {}, signingKey: Uint8Array = key, alg = 'HS256'): Promise<string> {
  return new SignJWT({
    roles: ['admin'],
    iss: settings.issuer,
    aud: settings.audience,
    sub: 'account-1',
    iat: now(),
    exp: now() + 600,
    jti: 'token-1',
    ...overrides,
  })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .sign(signingKey);
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof InvalidTokenError)) throw new Error(`expected an InvalidTokenError, got ${String(error)}`);
  return error.reason;
}

describe(TokenService.name, () => {
  const tokens = new TokenService(settings);

  it('verifies what it signs', async () => {
    const issued = await tokens.sign({ subject: 'account-1', roles: ['admin', 'viewer'], email: 'a@shop.local' });

    expect(issued.tokenType).toBe('Bearer');
    expect(issued.expiresIn).toBe(900);
    await expect(tokens.verify(issued.accessToken)).resolves.toEqual({
      subject: 'account-1',
      roles: ['admin', 'viewer'],
      email: 'a@shop.local',
    });
  });

  it('signs HS256 with issuer, audience, subject, lifetime and a unique id', async () => {
    const { accessToken } = await tokens.sign({ subject: 'account-1', roles: ['viewer'] });
    const { accessToken: second } = await tokens.sign({ subject: 'account-1', roles: ['viewer'] });
    const claims = decodeJwt(accessToken);

    expect(decodeProtectedHeader(accessToken)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'roles', 'sub']);
    expect(claims).toMatchObject({ roles: ['viewer'], iss: settings.issuer, aud: settings.audience, sub: 'account-1' });
    expect(claims.exp).toBe((claims.iat ?? 0) + 900);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(decodeJwt(second).jti).not.toBe(claims.jti);
  });

  it('accepts a token crafted with the right secret and claims', async () => {
    await expect(tokens.verify(await craft())).resolves.toEqual({ subject: 'account-1', roles: ['admin'] });
  });

  it('refuses alg none', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      roles: ['admin'],
      iss: settings.issuer,
      aud: settings.audience,
      sub: 'account-1',
      iat: now(),
      exp: now() + 600,
      jti: 'token-1',
    })}.`;

    await expect(reasonOf(tokens.verify(unsigned))).resolves.toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('refuses a token signed with another secret', async () => {
    const other = new TextEncoder().encode('another-secret-that-is-at-least-32-bytes');

    await expect(reasonOf(tokens.verify(await craft({}, other)))).resolves.toBe(
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    );
  });

  it('refuses a token whose signature was altered', async () => {
    const token = await craft();
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;

    await expect(reasonOf(tokens.verify(tampered))).resolves.toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await craft({ roles: ['viewer'] })).split('.');
    const forged = `${header}.${base64url({ roles: ['admin'], iss: settings.issuer, aud: settings.audience, sub: 'x', iat: now(), exp: now() + 60, jti: 'j' })}.${signature}`;

    await expect(reasonOf(tokens.verify(forged))).resolves.toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it.each([
    ['expired', { iat: now() - 3600, exp: now() - 60 }, 'ERR_JWT_EXPIRED'],
    ['not yet valid', { nbf: now() + 600 }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['of another issuer', { iss: 'someone-else' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['for another audience', { aud: 'another-api' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without an expiry', { exp: undefined }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without a subject', { sub: undefined }, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ['without roles', { roles: undefined }, 'ERR_ROLES_INVALID'],
    ['with roles that are not a list', { roles: 'admin' }, 'ERR_ROLES_INVALID'],
    ['with an unknown role', { roles: ['admin', 'superuser'] }, 'ERR_ROLES_INVALID'],
    ['with an email that is not a string', { email: 42 }, 'ERR_EMAIL_INVALID'],
  ])('refuses a token %s', async (_case, overrides, reason) => {
    await expect(reasonOf(tokens.verify(await craft(overrides)))).resolves.toBe(reason);
  });

  it('allows a few seconds of clock difference on the expiry', async () => {
    await expect(tokens.verify(await craft({ exp: now() - 2 }))).resolves.toMatchObject({ subject: 'account-1' });
  });

  it('refuses HS512 even with the right secret', async () => {
    await expect(reasonOf(tokens.verify(await craft({}, key, 'HS512')))).resolves.toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('refuses RS256', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ roles: ['admin'], sub: 'account-1', jti: 'j' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

    await expect(reasonOf(tokens.verify(token))).resolves.toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it.each(['', 'not-a-token', 'a.b.c', 'Bearer x.y.z'])('refuses the malformed token %j', async (token) => {
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('will not start with a short secret', () => {
    expect(() => new TokenService({ ...settings, secret: 'too-short' })).toThrow('at least 32 bytes');
  });
});
