import { z } from '@shop/config';
import { alarmSettings, snsAlarmNotifierOptions } from './alarm-settings';

const schema = z.object(alarmSettings);

describe(snsAlarmNotifierOptions.name, () => {
  it('points the notifier at the local endpoint with its keys when they are set', () => {
    const settings = schema.parse({
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'secret',
      SHOP_RESOURCE_PREFIX: 't1',
    });
    expect(settings.TELEMETRY_ALARM_EVALUATION_SECONDS).toBe(10);
    expect(snsAlarmNotifierOptions(settings)).toEqual({
      region: 'us-east-1',
      accountId: '000000000000',
      resourcePrefix: 't1',
      endpoint: 'http://127.0.0.1:4566',
      credentials: { accessKeyId: 'test', secretAccessKey: 'secret' },
    });
  });

  it('leaves endpoint and credentials to the SDK in AWS', () => {
    const settings = schema.parse({ AWS_REGION: 'eu-west-1', AWS_ACCOUNT_ID: '123456789012' });
    expect(snsAlarmNotifierOptions(settings)).toEqual({
      region: 'eu-west-1',
      accountId: '123456789012',
      resourcePrefix: 'shop-local',
    });
  });

  it('refuses an evaluation interval of 0', () => {
    expect(schema.safeParse({ TELEMETRY_ALARM_EVALUATION_SECONDS: '0' }).success).toBe(false);
  });
});
