import { ConfigError, parseConfig } from '@shop/config';
import { catalogConfigSchema } from './catalog-config';

describe('catalogConfigSchema', () => {
  it('runs on a laptop with no settings at all', () => {
    const config = parseConfig(catalogConfigSchema, {});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3001,
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/shop_catalog',
      LOGIN_RATE_LIMIT_PER_MINUTE: 10,
      LIST_TOTAL_CACHE_SECONDS: 10,
      SEED_ADMIN_PASSWORD: 'admin-local-password',
      SEED_VIEWER_PASSWORD: 'viewer-local-password',
    });
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('picks the log level by environment unless set', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://catalog:secret@db:3306/catalog',
      JWT_SECRET: 'x'.repeat(32),
      SEED_ADMIN_PASSWORD: 'a-long-admin-password',
      SEED_VIEWER_PASSWORD: 'a-long-viewer-password',
    };
    expect(parseConfig(catalogConfigSchema, production).LOG_LEVEL).toBe('info');
    expect(parseConfig(catalogConfigSchema, { ...production, LOG_LEVEL: 'warn' }).LOG_LEVEL).toBe('warn');
  });

  it.each(['DATABASE_URL', 'JWT_SECRET'])('requires %s in production', (setting) => {
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://catalog:secret@db:3306/catalog',
      JWT_SECRET: 'x'.repeat(32),
      SEED_ADMIN_PASSWORD: 'a-long-admin-password',
      SEED_VIEWER_PASSWORD: 'a-long-viewer-password',
    };
    delete env[setting];
    expect(() => parseConfig(catalogConfigSchema, env)).toThrow(
      new ConfigError(setting, 'is required when NODE_ENV is production'),
    );
  });

  it('runs the service in production without seed passwords, and never defaults them there', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://catalog:secret@db:3306/catalog',
      JWT_SECRET: 'x'.repeat(32),
    };
    const config = parseConfig(catalogConfigSchema, env);
    expect(config.SEED_ADMIN_PASSWORD).toBeUndefined();
    expect(config.SEED_VIEWER_PASSWORD).toBeUndefined();
    expect(parseConfig(catalogConfigSchema, { ...env, NODE_ENV: 'test' }).SEED_ADMIN_PASSWORD).toBe(
      'admin-local-password',
    );
  });

  it('reuses no list totals in tests unless told to', () => {
    const env = { NODE_ENV: 'test', DATABASE_URL: 'mysql://root@h/db' };
    expect(parseConfig(catalogConfigSchema, env).LIST_TOTAL_CACHE_SECONDS).toBe(0);
    expect(parseConfig(catalogConfigSchema, { ...env, LIST_TOTAL_CACHE_SECONDS: '5' }).LIST_TOTAL_CACHE_SECONDS).toBe(
      5,
    );
  });

  it('requires DATABASE_URL in tests, where a default could hit the developer database', () => {
    expect(() => parseConfig(catalogConfigSchema, { NODE_ENV: 'test' })).toThrow(
      /^Invalid configuration: DATABASE_URL: /,
    );
  });

  it.each([
    [{ PORT: 'x' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://h/db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ LOGIN_RATE_LIMIT_PER_MINUTE: '0' }, 'LOGIN_RATE_LIMIT_PER_MINUTE'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(catalogConfigSchema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});
