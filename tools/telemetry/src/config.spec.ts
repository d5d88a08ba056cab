import { resolve } from 'node:path';
import { parseConfig } from '@shop/config';
import { telemetryConfigSchema } from './config';

describe('telemetryConfigSchema', () => {
  it('has defaults for everything', () => {
    expect(parseConfig(telemetryConfigSchema, {})).toEqual({
      host: '127.0.0.1',
      grpcPort: 4317,
      httpPort: 4318,
      databasePath: resolve('.data', 'telemetry', 'telemetry.sqlite'),
      retentionHours: 24,
      maxBytes: 512 * 1024 * 1024,
      forwardEndpoint: undefined,
      logLevel: 'info',
      queryApi: expect.objectContaining({
        TELEMETRY_API_PORT: 3005,
        AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
        TELEMETRY_ALARM_EVALUATION_SECONDS: 10,
      }) as unknown,
    });
  });

  it('takes a data directory, :memory:, fractional bounds and a forwarding endpoint', () => {
    expect(
      parseConfig(telemetryConfigSchema, {
        TELEMETRY_DATA_DIR: '/var/lib/telemetry',
        TELEMETRY_RETENTION_HOURS: '0.5',
        TELEMETRY_MAX_MEGABYTES: '1.5',
        TELEMETRY_FORWARD_OTLP_HTTP_ENDPOINT: 'http://collector:4318',
      }),
    ).toMatchObject({
      databasePath: '/var/lib/telemetry/telemetry.sqlite',
      retentionHours: 0.5,
      maxBytes: 1.5 * 1024 * 1024,
      forwardEndpoint: 'http://collector:4318',
    });
    expect(parseConfig(telemetryConfigSchema, { TELEMETRY_DATA_DIR: ':memory:' }).databasePath).toBe(':memory:');
  });

  it.each([
    ['TELEMETRY_GRPC_PORT', '70000'],
    ['TELEMETRY_RETENTION_HOURS', '0'],
    ['TELEMETRY_MAX_MEGABYTES', 'lots'],
    ['TELEMETRY_FORWARD_OTLP_HTTP_ENDPOINT', 'collector:4318'],
    ['TELEMETRY_API_PORT', '0'],
    ['TELEMETRY_ALARM_EVALUATION_SECONDS', '0'],
    ['JWT_SECRET', 'short'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => parseConfig(telemetryConfigSchema, { [name]: value })).toThrow(name);
  });

  it('needs a token secret of its own in production, and uses no local AWS endpoint there', () => {
    expect(() => parseConfig(telemetryConfigSchema, { NODE_ENV: 'production' })).toThrow('JWT_SECRET');
    const production = parseConfig(telemetryConfigSchema, { NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) });
    expect(production.queryApi.JWT_SECRET).toBe('s'.repeat(32));
    expect(production.queryApi.AWS_ENDPOINT_URL).toBeUndefined();
  });
});
