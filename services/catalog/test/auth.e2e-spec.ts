import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { createTestDatabase, runScript, startService, type RunningService, type TestDatabase } from '@shop/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OperatorAccountEntity } from '../src/auth/infrastructure/operator-account.entity';
import { seedOperators, type SeedOutcome } from '../src/auth/infrastructure/seed-operators';

const CATALOG_DIR = resolve(__dirname, '..');
const JWT_SECRET = 'auth-e2e-secret-that-is-at-least-32-bytes-long';
const JWT_ISSUER = 'observable-shop';
const JWT_AUDIENCE = 'observable-shop-api';
const LOGIN_RATE_LIMIT_PER_MINUTE = 4;
const PASSWORDS = { adminPassword: 'admin-e2e-password', viewerPassword: 'viewer-e2e-password' };
const ADMIN_WRITE = '/api/catalog/admin/categories';

// Every test signs in from its own address (the catalog trusts X-Forwarded-For from its proxy), so the
// small sign-in limit only bites where a test means it to.
let nextClient = 1;
const newClientAddress = () => `203.0.113.${nextClient++}`;

interface ErrorBody {
  error: { code: string; message: string; details?: unknown; traceId?: string };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token made by hand, independent of @shop/auth, so the service's checks are tested from outside. */
function handMadeToken(claims: Record<string, unknown>, alg: 'HS256' | 'none' = 'HS256'): string {
  const signingInput = `${base64url({ alg, typ: 'JWT' })}.${base64url(claims)}`;
  if (alg === 'none') return `${signingInput}.`;
  return `${signingInput}.${createHmac('sha256', JWT_SECRET).update(signingInput).digest('base64url')}`;
}

function adminClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'hand-made-admin',
    roles: ['admin'],
    iss: JWT_ISSUER,
    aud: JWT_AUDIENCE,
    iat: now,
    exp: now + 600,
    jti: `jti-${nextClient++}`,
    ...overrides,
  };
}

describe('sign-in and tokens (catalog e2e)', () => {
  let database: TestDatabase;
  let catalog: RunningService;
  let reseedOutcomes: Record<string, SeedOutcome>;

  const login = (body: object, client = newClientAddress()) =>
    request(catalog.url).post('/api/auth/login').set('X-Forwarded-For', client).send(body);

  const createCategory = (token: string | undefined, name: string) => {
    const call = request(catalog.url).post(ADMIN_WRITE).send({ name });
    return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
  };

  beforeAll(async () => {
    database = await createTestDatabase('catalog_auth_e2e');
    const migrated = await runScript({
      cwd: CATALOG_DIR,
      script: 'dist/persistence/cli/migrate.js',
      env: { DATABASE_URL: database.url, NODE_ENV: 'test' },
    });
    if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);

    const dataSource = await new DataSource({
      type: 'mysql',
      url: database.url,
      entities: [OperatorAccountEntity],
    }).initialize();
    try {
      await seedOperators(dataSource, PASSWORDS);
      reseedOutcomes = await seedOperators(dataSource, PASSWORDS);
    } finally {
      await dataSource.destroy();
    }

    catalog = await startService({
      name: 'catalog',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      readyPath: '/api/catalog/health/ready',
      env: {
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        JWT_SECRET,
        JWT_ISSUER,
        JWT_AUDIENCE,
        LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_RATE_LIMIT_PER_MINUTE),
        OTEL_SDK_DISABLED: 'true',
        LOG_LEVEL: 'warn',
      },
    });
  });

  afterAll(async () => {
    await catalog?.stop();
    await database?.drop();
  });

  it('seeds the operators idempotently', () => {
    expect(reseedOutcomes).toEqual({ 'admin@shop.local': 'unchanged', 'viewer@shop.local': 'unchanged' });
  });

  it('signs the admin in, and the token works on an admin write', async () => {
    const response = await login({ email: 'admin@shop.local', password: PASSWORDS.adminPassword });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as unknown,
      tokenType: 'Bearer',
      expiresIn: 3600,
      roles: ['admin'],
      account: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        email: 'admin@shop.local',
        name: 'Shop Admin',
        roles: ['admin'],
      },
    });
    const created = await createCategory((response.body as { accessToken: string }).accessToken, 'Auth e2e lamps');
    expect(created.status).toBe(201);
  });

  it('lets the viewer read the admin API but answers 403 to an admin write', async () => {
    const response = await login({ email: 'viewer@shop.local', password: PASSWORDS.viewerPassword });
    expect(response.status).toBe(200);
    const { accessToken, roles } = response.body as { accessToken: string; roles: string[] };
    expect(roles).toEqual(['viewer']);

    const read = await request(catalog.url)
      .get('/api/catalog/admin/products')
      .set('Authorization', `Bearer ${accessToken}`);
    expect(read.status).toBe(200);
    const write = await createCategory(accessToken, 'Viewer lamps');
    expect(write.status).toBe(403);
    expect((write.body as ErrorBody).error.code).toBe('FORBIDDEN');
  });

  it('gives a wrong password and an unknown email the same 401', async () => {
    const wrongPassword = await login({ email: 'admin@shop.local', password: 'not-the-password' });
    const unknownEmail = await login({ email: 'nobody@shop.local', password: 'not-the-password' });

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const withoutTrace = ({ error: { traceId: _traceId, ...rest } }: ErrorBody) => rest;
    expect(withoutTrace(wrongPassword.body as ErrorBody)).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'The email or password is wrong',
    });
    expect(withoutTrace(unknownEmail.body as ErrorBody)).toEqual(withoutTrace(wrongPassword.body as ErrorBody));
  });

  it.each([
    ['an unknown field', { email: 'admin@shop.local', password: PASSWORDS.adminPassword, remember: true }],
    ['no password', { email: 'admin@shop.local' }],
    ['an email that is not one', { email: 'admin', password: PASSWORDS.adminPassword }],
    ['a password that is not a string', { email: 'admin@shop.local', password: 12345 }],
  ])('answers 400 to a body with %s', async (_case, body) => {
    const response = await login(body);

    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).error.code).toBe('VALIDATION_FAILED');
  });

  it('limits sign-in attempts per client address with 429 and Retry-After', async () => {
    const client = newClientAddress();
    for (let attempt = 1; attempt <= LOGIN_RATE_LIMIT_PER_MINUTE; attempt++) {
      expect((await login({ email: 'admin@shop.local', password: 'guess' }, client)).status).toBe(401);
    }

    const limited = await login({ email: 'admin@shop.local', password: PASSWORDS.adminPassword }, client);
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const otherClient = await login({ email: 'admin@shop.local', password: PASSWORDS.adminPassword });
    expect(otherClient.status).toBe(200);
  });

  it('keeps limiting a client that sends its own X-Forwarded-For through the gateway', async () => {
    // The gateway (like the ALB) appends the address it saw to whatever chain the client sent, so
    // only the last entry is trustworthy; a made-up first entry must not buy a fresh allowance.
    const client = newClientAddress();
    const throughGateway = (madeUp: string) =>
      login({ email: 'admin@shop.local', password: 'guess' }, `${madeUp}, ${client}`);
    for (let attempt = 1; attempt <= LOGIN_RATE_LIMIT_PER_MINUTE; attempt++) {
      expect((await throughGateway(`198.18.0.${attempt}`)).status).toBe(401);
    }

    expect((await throughGateway('198.18.1.1')).status).toBe(429);
  });

  it('accepts a hand-made token with the right secret and claims (so the refusals below are about the claims)', async () => {
    expect((await createCategory(handMadeToken(adminClaims()), 'Hand-made lamps')).status).toBe(201);
  });

  it.each([
    ['no token', undefined],
    ['alg none', handMadeToken(adminClaims(), 'none')],
    ['an expired token', handMadeToken(adminClaims({ iat: 1_700_000_000, exp: 1_700_000_600 }))],
    ['a token of another issuer', handMadeToken(adminClaims({ iss: 'someone-else' }))],
    ['a token for another audience', handMadeToken(adminClaims({ aud: 'another-api' }))],
    ['a token with an unknown role', handMadeToken(adminClaims({ roles: ['root'] }))],
  ])('answers 401 on an admin route to %s', async (_case, token) => {
    const response = await createCategory(token, 'Refused lamps');

    expect(response.status).toBe(401);
    expect((response.body as ErrorBody).error.code).toBe('UNAUTHENTICATED');
    expect(response.headers['www-authenticate']).toMatch(/^Bearer\b/);
  });
});
