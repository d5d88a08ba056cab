import { ConfigError, parseConfig } from '@shop/config';
import { gatewayConfigSchema, upstreamVariable } from './config';

describe('gatewayConfigSchema', () => {
  it('defaults to port 8080 and each service on its topology port', () => {
    const config = parseConfig(gatewayConfigSchema, {});
    expect(config.port).toBe(8080);
    expect(config.upstreams).toEqual({
      catalog: 'http://127.0.0.1:3001',
      cart: 'http://127.0.0.1:3002',
      order: 'http://127.0.0.1:3003',
      inventory: 'http://127.0.0.1:3004',
    });
  });

  it('reads each upstream from <SERVICE>_URL', () => {
    const config = parseConfig(gatewayConfigSchema, { CATALOG_URL: 'http://catalog:3001', GATEWAY_PORT: '9090' });
    expect(config.upstreams.catalog).toBe('http://catalog:3001');
    expect(config.port).toBe(9090);
  });

  it.each([
    [{ CATALOG_URL: 'catalog:3001' }, 'CATALOG_URL'],
    [{ CATALOG_URL: 'ftp://catalog' }, 'CATALOG_URL'],
    [{ GATEWAY_PORT: 'eighty' }, 'GATEWAY_PORT'],
    [{ GATEWAY_CONNECT_TIMEOUT_MS: '0' }, 'GATEWAY_CONNECT_TIMEOUT_MS'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(gatewayConfigSchema, env)).toThrow(ConfigError);
    expect(() => parseConfig(gatewayConfigSchema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});

describe(upstreamVariable.name, () => {
  it('upper-cases the service name', () => {
    expect(upstreamVariable('catalog')).toBe('CATALOG_URL');
  });
});
