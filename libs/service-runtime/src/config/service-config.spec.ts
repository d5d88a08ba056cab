import { ConfigError, parseConfig, z } from '@shop/config';
import { awsSdkEnvironment, serviceConfigSchema } from './service-config';

const schema = serviceConfigSchema(
  { port: 3009, database: 'shop_example' },
  { EXAMPLE_LIMIT: z.coerce.number().int().min(1).default(3) },
);

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'mysql://example:secret@db:3306/example',
  JWT_SECRET: 'x'.repeat(32),
};

describe('serviceConfigSchema', () => {
  it('runs on a laptop with no settings at all', () => {
    const config = parseConfig(schema, {});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3009,
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/shop_example',
      EXAMPLE_LIMIT: 3,
    });
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('picks the log level by environment unless set', () => {
    expect(parseConfig(schema, production).LOG_LEVEL).toBe('info');
    expect(parseConfig(schema, { ...production, LOG_LEVEL: 'warn' }).LOG_LEVEL).toBe('warn');
    expect(parseConfig(schema, { NODE_ENV: 'test', DATABASE_URL: 'mysql://root@h/db' }).LOG_LEVEL).toBe('warn');
  });

  it.each(['DATABASE_URL', 'JWT_SECRET'])('requires %s in production', (setting) => {
    const env: Record<string, string> = { ...production };
    delete env[setting];
    expect(() => parseConfig(schema, env)).toThrow(new ConfigError(setting, 'is required when NODE_ENV is production'));
  });

  it('requires DATABASE_URL in tests, where a default could hit the developer database', () => {
    expect(() => parseConfig(schema, { NODE_ENV: 'test' })).toThrow(/^Invalid configuration: DATABASE_URL: /);
  });

  it.each([
    [{ PORT: 'x' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://h/db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ EXAMPLE_LIMIT: '0' }, 'EXAMPLE_LIMIT'],
    [{ AWS_ENDPOINT_URL: 'localhost' }, 'AWS_ENDPOINT_URL'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(schema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});

describe('awsSdkEnvironment', () => {
  it('publishes to the local AWS endpoint with test credentials on a laptop', () => {
    const config = parseConfig(schema, {});
    expect(config).toMatchObject({ SHOP_RESOURCE_PREFIX: 'shop-local', AWS_REGION: 'us-east-1' });
    expect(awsSdkEnvironment(config)).toEqual({
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'us-east-1',
    });
  });

  it('leaves endpoint and credentials to the SDK in production', () => {
    expect(awsSdkEnvironment(parseConfig(schema, { ...production, AWS_REGION: 'eu-west-1' }))).toEqual({
      AWS_REGION: 'eu-west-1',
    });
  });

  it('takes the endpoint a test gives', () => {
    const env = { NODE_ENV: 'test', DATABASE_URL: 'mysql://root@h/db', AWS_ENDPOINT_URL: 'http://127.0.0.1:45123' };
    expect(awsSdkEnvironment(parseConfig(schema, env))).toMatchObject({ AWS_ENDPOINT_URL: 'http://127.0.0.1:45123' });
  });
});
