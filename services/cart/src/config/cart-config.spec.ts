import { ConfigError, parseConfig } from '@shop/config';
import { cartConfigSchema } from './cart-config';

const TEST_ENV = { NODE_ENV: 'test', DATABASE_URL: 'mysql://cart@db:3306/cart', CATALOG_URL: 'http://catalog:3001' };

describe('cartConfigSchema', () => {
  it('runs on a laptop with no settings at all', () => {
    expect(parseConfig(cartConfigSchema, {})).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3002,
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/shop_cart',
      CATALOG_URL: 'http://127.0.0.1:3001',
      CATALOG_TIMEOUT_MS: 2000,
      CART_TTL_HOURS: 168,
      CART_SWEEP_INTERVAL_SECONDS: 300,
    });
  });

  it('requires CATALOG_URL outside development', () => {
    const env: Record<string, string> = { ...TEST_ENV };
    delete env['CATALOG_URL'];
    expect(() => parseConfig(cartConfigSchema, env)).toThrow(
      new ConfigError('CATALOG_URL', 'is required when NODE_ENV is test'),
    );
  });

  it('takes the cart rules from the environment', () => {
    expect(
      parseConfig(cartConfigSchema, { ...TEST_ENV, CART_TTL_HOURS: '24', CART_SWEEP_INTERVAL_SECONDS: '1' }),
    ).toMatchObject({ CART_TTL_HOURS: 24, CART_SWEEP_INTERVAL_SECONDS: 1, CATALOG_URL: 'http://catalog:3001' });
  });

  it.each([
    ['CART_TTL_HOURS', '0'],
    ['CART_TTL_HOURS', '1.5'],
    ['CATALOG_TIMEOUT_MS', '10'],
    ['CATALOG_URL', 'ftp://catalog'],
  ])('refuses %s=%s', (setting, value) => {
    expect(() => parseConfig(cartConfigSchema, { ...TEST_ENV, [setting]: value })).toThrow(ConfigError);
  });
});
