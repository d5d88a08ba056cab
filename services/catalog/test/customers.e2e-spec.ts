import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  mariadbUrl,
  queryRows,
  serviceEnv,
  startService,
  tokenFor,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { errorCodeOf } from '@shop/testing/jest';
import { OperatorAccountEntity } from '../src/auth/infrastructure/operator-account.entity';
import { seedOperators } from '../src/auth/infrastructure/seed-operators';
import { CATALOG_DIR, runCatalogScript } from './support/catalog-under-test';

// Customer accounts against the built catalog and a real MariaDB database: sign-up, sign-in beside the
// operators, the signed-in account, and every refusal in the error shape with nothing stored.

const LOGIN_RATE_LIMIT_PER_MINUTE = 4;
const OPERATOR_PASSWORDS = { adminPassword: 'admin-e2e-password', viewerPassword: 'viewer-e2e-password' };
const PASSWORD = 'correct horse battery';

interface Account {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

interface Session {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  account: Account;
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown; traceId?: string };
}

// Every request comes from its own address (the catalog trusts X-Forwarded-For from its proxy), so the
// small limit only bites where a test means it to.
let nextClient = 1;
const newClientAddress = () => `198.51.100.${nextClient++}`;
const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

/** The claims of a JWT, read without verifying it (the service verified it; the test reads what it says). */
function claimsOf(token: string): Record<string, unknown> {
  const [, payload = ''] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

const withoutTrace = ({ error: { traceId: _traceId, ...rest } }: ErrorBody) => rest;

describe('customer accounts (catalog e2e)', () => {
  let database: TestDatabase;
  let catalog: RunningService;

  const signUp = (body: object, client = newClientAddress()) =>
    request(catalog.url).post('/api/auth/signup').set('X-Forwarded-For', client).send(body);
  const login = (body: object, client = newClientAddress()) =>
    request(catalog.url).post('/api/auth/login').set('X-Forwarded-For', client).send(body);
  const me = (token: string) => request(catalog.url).get('/api/auth/me').auth(token, { type: 'bearer' });

  function customerRows(email: string): Promise<{ id: string; email: string; password_hash: string }[]> {
    return queryRows(
      database.url,
      'SELECT `id`, `email`, `password_hash`, `name` FROM `customer_accounts` WHERE `email` = ?',
      [email.toLowerCase()],
    );
  }

  async function signedUp(label: string, name = 'Ada Lovelace'): Promise<Session> {
    const response = await signUp({ email: newEmail(label), password: PASSWORD, name });
    expect(response.status).toBe(201);
    return response.body as Session;
  }

  beforeAll(async () => {
    database = await createTestDatabase('catalog_customers_e2e');
    const databaseUrl = mariadbUrl(database);
    await runCatalogScript('migrate', databaseUrl);
    const dataSource = await new DataSource({
      type: 'mysql',
      url: database.url,
      entities: [OperatorAccountEntity],
    }).initialize();
    try {
      await seedOperators(dataSource, OPERATOR_PASSWORDS);
    } finally {
      await dataSource.destroy();
    }
    catalog = await startService({
      name: 'catalog',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      readyPath: '/api/catalog/health/ready',
      env: serviceEnv(databaseUrl, { LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_RATE_LIMIT_PER_MINUTE) }),
    });
  }, 120_000);

  afterAll(async () => {
    await catalog?.stop();
    await database?.drop();
  });

  describe('POST /api/auth/signup', () => {
    it('opens an account with a lower-case email and answers 201 with a customer token and the account', async () => {
      const email = newEmail('Ada.Lovelace').toUpperCase();
      const response = await signUp({ email, password: PASSWORD, name: '  Ada Lovelace ' });

      expect(response.status).toBe(201);
      const session = response.body as Session;
      expect(session).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as unknown,
        tokenType: 'Bearer',
        expiresIn: 3600,
        account: {
          id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) as unknown,
          email: email.toLowerCase(),
          name: 'Ada Lovelace',
          roles: ['customer'],
        },
      });
      expect(claimsOf(session.accessToken)).toMatchObject({
        sub: session.account.id,
        roles: ['customer'],
        email: email.toLowerCase(),
      });
      const [row] = await customerRows(email);
      expect(row?.id).toBe(session.account.id);
      expect(row?.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]{22}\$[\w-]{43}$/);
      expect(row?.password_hash).not.toContain(PASSWORD);
    });

    it('accepts the bounds: a 12- and a 200-character password, a 1- and a 100-character name', async () => {
      for (const [password, name] of [
        ['p'.repeat(12), 'A'],
        ['p'.repeat(200), 'N'.repeat(100)],
      ] as const) {
        const response = await signUp({ email: newEmail('bounds'), password, name });
        expect(response.status).toBe(201);
        expect((response.body as Session).account.name).toBe(name);
      }
    });

    it('answers 409 EMAIL_TAKEN to an email taken by a customer (in any case) or an operator, with one message', async () => {
      const existing = await signedUp('taken');

      const sameCase = await signUp({ email: existing.account.email, password: PASSWORD, name: 'Someone' });
      const otherCase = await signUp({
        email: existing.account.email.toUpperCase(),
        password: 'another-password',
        name: 'Else',
      });
      const operator = await signUp({ email: 'admin@shop.local', password: PASSWORD, name: 'Not The Admin' });

      for (const response of [sameCase, otherCase, operator]) {
        expect(response.status).toBe(409);
        expect(withoutTrace(response.body as ErrorBody)).toEqual({
          code: 'EMAIL_TAKEN',
          message: 'An account with this email already exists',
        });
      }
      expect(await customerRows(existing.account.email)).toHaveLength(1);
      expect(await customerRows('admin@shop.local')).toHaveLength(0);
      // The first account still signs in with its own password; the refused sign-ups changed nothing.
      expect((await login({ email: existing.account.email, password: PASSWORD })).status).toBe(200);
      expect((await login({ email: existing.account.email, password: 'another-password' })).status).toBe(401);
    });

    it('opens one account when the same email signs up several times at once', async () => {
      const email = newEmail('race');
      const responses = await Promise.all(
        [1, 2, 3].map((attempt) => signUp({ email, password: PASSWORD, name: `Racer ${attempt}` })),
      );

      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      expect(await customerRows(email)).toHaveLength(1);
    });

    it.each([
      ['no body fields', {}],
      ['no email', { password: PASSWORD, name: 'Ada' }],
      ['an email that is not one', { email: 'ada-at-example.com', password: PASSWORD, name: 'Ada' }],
      ['an email too long', { email: `${'a'.repeat(250)}@example.com`, password: PASSWORD, name: 'Ada' }],
      ['no password', { email: 'x@example.com', name: 'Ada' }],
      ['an 11-character password', { email: 'x@example.com', password: 'p'.repeat(11), name: 'Ada' }],
      ['a 201-character password', { email: 'x@example.com', password: 'p'.repeat(201), name: 'Ada' }],
      ['a password that is not a string', { email: 'x@example.com', password: 123456789012345, name: 'Ada' }],
      ['no name', { email: 'x@example.com', password: PASSWORD }],
      ['an empty name', { email: 'x@example.com', password: PASSWORD, name: '' }],
      ['a blank name', { email: 'x@example.com', password: PASSWORD, name: '   ' }],
      ['a 101-character name', { email: 'x@example.com', password: PASSWORD, name: 'N'.repeat(101) }],
      ['a name that is not a string', { email: 'x@example.com', password: PASSWORD, name: ['Ada'] }],
      ['a role', { email: 'x@example.com', password: PASSWORD, name: 'Ada', roles: ['admin'] }],
      ['an id', { email: 'x@example.com', password: PASSWORD, name: 'Ada', id: randomUUID() }],
    ])('answers 400 VALIDATION_FAILED to %s and stores nothing', async (_case, body) => {
      const response = await signUp(body);

      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe('VALIDATION_FAILED');
      expect(await customerRows('x@example.com')).toHaveLength(0);
    });

    it('answers 400 to a body that is not JSON', async () => {
      const response = await request(catalog.url)
        .post('/api/auth/signup')
        .set('X-Forwarded-For', newClientAddress())
        .set('content-type', 'application/json')
        .send('{"email": ');

      expect(response.status).toBe(400);
      errorCodeOf(response);
    });

    it('limits sign-ups per client address with 429 and Retry-After', async () => {
      const client = newClientAddress();
      for (let attempt = 1; attempt <= LOGIN_RATE_LIMIT_PER_MINUTE; attempt++) {
        expect((await signUp({ email: 'not-an-email', password: PASSWORD, name: 'Ada' }, client)).status).toBe(400);
      }

      const email = newEmail('limited');
      const limited = await signUp({ email, password: PASSWORD, name: 'Ada' }, client);
      expect(limited.status).toBe(429);
      expect(errorCodeOf(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(await customerRows(email)).toHaveLength(0);
    });
  });

  describe('POST /api/auth/login', () => {
    it('signs a customer in with the customer role, the email claim and the account id as subject', async () => {
      const { account } = await signedUp('login');

      const response = await login({ email: account.email.toUpperCase(), password: PASSWORD });

      expect(response.status).toBe(200);
      const session = response.body as Session & { roles: string[] };
      expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, roles: ['customer'], account });
      expect(claimsOf(session.accessToken)).toMatchObject({
        sub: account.id,
        roles: ['customer'],
        email: account.email,
      });
    });

    it('still signs operators in, with their account', async () => {
      const response = await login({ email: 'viewer@shop.local', password: OPERATOR_PASSWORDS.viewerPassword });

      expect(response.status).toBe(200);
      expect((response.body as Session).account).toEqual({
        id: expect.any(String) as unknown,
        email: 'viewer@shop.local',
        name: 'Shop Viewer',
        roles: ['viewer'],
      });
    });

    it('gives a customer’s wrong password and an unknown email the same 401', async () => {
      const { account } = await signedUp('wrong');

      const wrongPassword = await login({ email: account.email, password: 'not-the-password' });
      const unknownEmail = await login({ email: newEmail('nobody'), password: PASSWORD });

      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(withoutTrace(wrongPassword.body as ErrorBody)).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is wrong',
      });
      expect(withoutTrace(unknownEmail.body as ErrorBody)).toEqual(withoutTrace(wrongPassword.body as ErrorBody));
    });
  });

  describe('GET /api/auth/me', () => {
    it('answers a customer token with its account', async () => {
      const session = await signedUp('me', 'Grace Hopper');

      const response = await me(session.accessToken);

      expect(response.status).toBe(200);
      expect(response.body).toEqual(session.account);
    });

    it('answers an operator token with the operator’s account', async () => {
      const signedIn = await login({ email: 'admin@shop.local', password: OPERATOR_PASSWORDS.adminPassword });
      const { accessToken, account } = signedIn.body as Session;

      const response = await me(accessToken);

      expect(response.status).toBe(200);
      expect(response.body).toEqual(account);
      expect(account).toMatchObject({ email: 'admin@shop.local', roles: ['admin'] });
    });

    it('answers 401 without a valid token', async () => {
      const missing = await request(catalog.url).get('/api/auth/me');
      const invalid = await me('not.a.token');

      for (const response of [missing, invalid]) {
        expect(response.status).toBe(401);
        expect(errorCodeOf(response)).toBe('UNAUTHENTICATED');
      }
    });

    it('answers 401 ACCOUNT_NOT_FOUND to a valid token whose account does not exist', async () => {
      const response = await me(await tokenFor(['customer']));

      expect(response.status).toBe(401);
      expect(errorCodeOf(response)).toBe('ACCOUNT_NOT_FOUND');
    });
  });

  it('documents the account routes, sign-up and sign-in public, the account behind a bearer token', async () => {
    const document = (await request(catalog.url).get('/api/catalog/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };

    expect(document.paths['/api/auth/signup']?.['post']).toBeDefined();
    expect(document.paths['/api/auth/login']?.['post']).toBeDefined();
    expect(document.paths['/api/auth/me']?.['get']?.security).toEqual([{ bearer: [] }]);
  });

  it('gives a customer token 403 on the admin API', async () => {
    const { accessToken } = await signedUp('not-admin');

    const read = await request(catalog.url).get('/api/catalog/admin/products').auth(accessToken, { type: 'bearer' });
    const write = await request(catalog.url)
      .post('/api/catalog/admin/categories')
      .auth(accessToken, { type: 'bearer' })
      .send({ name: 'Customer lamps' });

    expect(read.status).toBe(403);
    expect(write.status).toBe(403);
    expect(errorCodeOf(write)).toBe('FORBIDDEN');
  });
});
