import { authSettings, environment, port, z } from '@shop/config';
import { alarmSettings } from '../alarms';

// Only ever used outside production, as the services do, so that `npm start` needs no setting.
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-never-used-in-production';
const DEVELOPMENT_AWS = { endpoint: 'http://127.0.0.1:4566', accessKeyId: 'test', secretAccessKey: 'test' };

/** The query API's and the alarms' settings, to spread into the collector's config schema. */
export const queryApiSettings = {
  NODE_ENV: environment,
  TELEMETRY_API_PORT: port(3005),
  ...authSettings,
  JWT_SECRET: authSettings.JWT_SECRET.optional(),
  ...alarmSettings,
};

type RawQueryApiSettings = z.output<z.ZodObject<typeof queryApiSettings>>;

/** The shop's development defaults (token secret, local AWS endpoint); production must set its own secret. */
export function withQueryApiDefaults(settings: RawQueryApiSettings, context: z.RefinementCtx) {
  const development = settings.NODE_ENV === 'development';
  if (settings.NODE_ENV === 'production' && settings.JWT_SECRET === undefined) {
    context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV is production' });
  }
  return {
    ...settings,
    JWT_SECRET: settings.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    AWS_ENDPOINT_URL: settings.AWS_ENDPOINT_URL ?? (development ? DEVELOPMENT_AWS.endpoint : undefined),
    AWS_ACCESS_KEY_ID: settings.AWS_ACCESS_KEY_ID ?? (development ? DEVELOPMENT_AWS.accessKeyId : undefined),
    AWS_SECRET_ACCESS_KEY:
      settings.AWS_SECRET_ACCESS_KEY ?? (development ? DEVELOPMENT_AWS.secretAccessKey : undefined),
  };
}

export type QueryApiSettings = ReturnType<typeof withQueryApiDefaults>;
