import { z } from 'zod';
import { ConfigError, parseConfig } from './parse-config';
import { databaseUrl, port, telemetrySettings } from './settings';

describe(parseConfig.name, () => {
  const schema = z.object({ PORT: port(3001), DATABASE_URL: databaseUrl, ...telemetrySettings });

  it('applies defaults and coerces numbers', () => {
    const config = parseConfig(schema, { DATABASE_URL: 'mysql://root@127.0.0.1:3306/catalog' });
    expect(config.PORT).toBe(3001);
    expect(config.OTEL_TRACES_SAMPLER_ARG).toBe(1);
    expect(config.OTEL_SDK_DISABLED).toBe(false);
  });

  it.each([
    [{}, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@h/db', PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@h/db', OTEL_TRACES_SAMPLER_ARG: '1.5' }, 'OTEL_TRACES_SAMPLER_ARG'],
    [{ DATABASE_URL: 'mysql://root@h/db', OTEL_SDK_DISABLED: 'yes' }, 'OTEL_SDK_DISABLED'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => parseConfig(schema, env)).toThrow(ConfigError);
    expect(() => parseConfig(schema, env)).toThrow(new RegExp(`^Invalid configuration: ${setting}: `));
  });
});
