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
      telemetry: 'http://127.0.0.1:3005',
    });
  });

  it('reads the OTEL_* settings as the services do, telemetry on by default', () => {
    expect(parseConfig(gatewayConfigSchema, {}).telemetry).toEqual({
      environment: 'development',
      otlpEndpoint: 'http://localhost:4317',
      sampleRatio: 1,
      disabled: false,
      metricExportIntervalMs: 15000,
    });
    const config = parseConfig(gatewayConfigSchema, {
      NODE_ENV: 'test',
      OTEL_SDK_DISABLED: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317',
      OTEL_TRACES_SAMPLER_ARG: '0.5',
      OTEL_METRIC_EXPORT_INTERVAL: '1000',
    });
    expect(config.telemetry).toEqual({
      environment: 'test',
      otlpEndpoint: 'http://collector:4317',
      sampleRatio: 0.5,
      disabled: true,
      metricExportIntervalMs: 1000,
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
    [{ OTEL_TRACES_SAMPLER_ARG: '2' }, 'OTEL_TRACES_SAMPLER_ARG'],
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
