import { parseConfig } from '@shop/config';
import { orderConfigSchema } from './order-config';

const test = { NODE_ENV: 'test', DATABASE_URL: 'mysql://root@127.0.0.1:3306/shop_order_test' };

describe('orderConfigSchema', () => {
  it('runs on a laptop with no settings: port 3003, shop_order, the local cart, a 10-minute timeout', () => {
    expect(parseConfig(orderConfigSchema, {})).toMatchObject({
      PORT: 3003,
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/shop_order',
      CART_URL: 'http://127.0.0.1:3002',
      ORDER_PENDING_TIMEOUT_SECONDS: 600,
      ORDER_SWEEP_INTERVAL_SECONDS: 30,
    });
  });

  it('requires CART_URL outside development, where localhost would be a silent mistake', () => {
    expect(() => parseConfig(orderConfigSchema, test)).toThrow(/^Invalid configuration: CART_URL: is required/);
  });

  it('takes the cart URL without a trailing slash', () => {
    expect(parseConfig(orderConfigSchema, { ...test, CART_URL: 'http://cart.internal:3002/' }).CART_URL).toBe(
      'http://cart.internal:3002',
    );
  });

  it.each([
    [{ CART_URL: 'cart:3002' }, 'CART_URL'],
    [{ ORDER_PENDING_TIMEOUT_SECONDS: '0' }, 'ORDER_PENDING_TIMEOUT_SECONDS'],
    [{ ORDER_SWEEP_INTERVAL_SECONDS: 'often' }, 'ORDER_SWEEP_INTERVAL_SECONDS'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(orderConfigSchema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});
