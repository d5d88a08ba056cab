import { z } from '@shop/config';
import { eventBusPublishingSettings } from '@shop/event-bus/settings';
import { DEFAULT_ALARM_EVALUATION_SECONDS } from './alarm-scheduler';
import type { SnsAlarmNotifierOptions } from './alarm-notifier';

// The alarm topic's place, read as the publishing services read it; their SHOP_FAULTS is no setting of ours.
const { SHOP_RESOURCE_PREFIX, AWS_REGION, AWS_ACCOUNT_ID } = eventBusPublishingSettings;

/**
 * The alarms' settings, to spread into the telemetry tool's config schema: how often they are evaluated
 * and where their SNS topic is, named as the services name them (SHOP_RESOURCE_PREFIX, AWS_REGION,
 * AWS_ACCOUNT_ID; AWS_ENDPOINT_URL and the keys only for the local endpoint).
 */
export const alarmSettings = {
  TELEMETRY_ALARM_EVALUATION_SECONDS: z.coerce
    .number()
    .int({ message: 'must be whole seconds' })
    .min(1, { message: 'must be at least 1' })
    .max(3600, { message: 'must be at most 3600' })
    .default(DEFAULT_ALARM_EVALUATION_SECONDS),
  SHOP_RESOURCE_PREFIX,
  AWS_REGION,
  AWS_ACCOUNT_ID,
  AWS_ENDPOINT_URL: z.url({ protocol: /^https?$/ }).optional(),
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
};

export type AlarmSettings = z.output<z.ZodObject<typeof alarmSettings>>;

export function snsAlarmNotifierOptions(settings: AlarmSettings): SnsAlarmNotifierOptions {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = settings;
  return {
    region: settings.AWS_REGION,
    accountId: settings.AWS_ACCOUNT_ID,
    resourcePrefix: settings.SHOP_RESOURCE_PREFIX,
    ...(settings.AWS_ENDPOINT_URL === undefined ? {} : { endpoint: settings.AWS_ENDPOINT_URL }),
    ...(accessKeyId === undefined || secretAccessKey === undefined
      ? {}
      : { credentials: { accessKeyId, secretAccessKey } }),
  };
}
