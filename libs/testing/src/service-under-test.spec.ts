import { InvalidTokenError, TokenService } from '@shop/auth';
import { mariadbUrl, serviceEnv, TEST_JWT, tokenFor } from './service-under-test';

describe('service under test', () => {
  const verifier = new TokenService(TEST_JWT);

  it('signs tokens that the services accept with the settings serviceEnv gives them', async () => {
    const env = serviceEnv('mariadb://root@127.0.0.1:3306/shop');
    const service = new TokenService({
      secret: env['JWT_SECRET'] ?? '',
      issuer: env['JWT_ISSUER'] ?? '',
      audience: env['JWT_AUDIENCE'] ?? '',
      ttlSeconds: 600,
    });
    await expect(service.verify(await tokenFor(['admin']))).resolves.toEqual({
      subject: 'e2e-operator',
      roles: ['admin'],
    });
    await expect(
      verifier.verify(await tokenFor(['customer'], { subject: 'c-1', email: 'c@example.test' })),
    ).resolves.toEqual({
      subject: 'c-1',
      roles: ['customer'],
      email: 'c@example.test',
    });
  });

  it.each([
    ['another secret', { secret: 'another-secret-that-is-at-least-32-bytes' }],
    ['another audience', { audience: 'someone-else' }],
    ['another issuer', { issuer: 'someone-else' }],
    ['an expiry an hour ago', { expiresAt: Math.floor(Date.now() / 1000) - 3600 }],
  ])('signs a token the services refuse when told to: %s', async (_case, overrides) => {
    await expect(verifier.verify(await tokenFor(['admin'], overrides))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('lets a service add and override settings', () => {
    const env = serviceEnv('mariadb://db', { CART_URL: 'http://cart', LOG_LEVEL: 'info' });
    expect(env).toMatchObject({ DATABASE_URL: 'mariadb://db', CART_URL: 'http://cart', LOG_LEVEL: 'info' });
    expect(env['AWS_ENDPOINT_URL']).toBe('http://127.0.0.1:9');
  });

  it('names the MariaDB flavour in the URL', () => {
    expect(mariadbUrl({ url: 'mysql://root@127.0.0.1:3306/x', name: 'x', drop: () => Promise.resolve() })).toBe(
      'mariadb://root@127.0.0.1:3306/x',
    );
  });
});
