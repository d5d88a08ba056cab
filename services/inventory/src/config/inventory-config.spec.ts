import { parseConfig } from '@shop/config';
import { inventoryConfigSchema } from './inventory-config';

describe('inventoryConfigSchema', () => {
  it('runs on a laptop with no settings: port 3004, its own database, a sweep every 30 s', () => {
    expect(parseConfig(inventoryConfigSchema, {})).toMatchObject({
      PORT: 3004,
      DATABASE_URL: 'mariadb://root@127.0.0.1:3306/shop_inventory',
      RESERVATION_SWEEP_INTERVAL_MS: 30_000,
      CONSUMER_CONCURRENCY: 10,
    });
  });

  it.each([
    [{ RESERVATION_SWEEP_INTERVAL_MS: '10' }, 'RESERVATION_SWEEP_INTERVAL_MS'],
    [{ RESERVATION_SWEEP_INTERVAL_MS: 'often' }, 'RESERVATION_SWEEP_INTERVAL_MS'],
    [{ CONSUMER_CONCURRENCY: '0' }, 'CONSUMER_CONCURRENCY'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(inventoryConfigSchema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});
