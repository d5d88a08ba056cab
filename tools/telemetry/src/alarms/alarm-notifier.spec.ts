import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { strictMock } from '@shop/testing/jest';
import { DEFAULT_ALARMS } from './default-alarms';
import { type AlarmNotification, SnsAlarmNotifier } from './alarm-notifier';

const location = { region: 'eu-west-1', accountId: '123456789012', resourcePrefix: 't1' };
const checkoutErrors = DEFAULT_ALARMS.find((alarm) => alarm.name === 'checkout-5xx-errors')!;

const notification: AlarmNotification = {
  definition: checkoutErrors,
  oldState: 'OK',
  newState: 'ALARM',
  reason:
    'Threshold Crossed: 1 out of the last 1 datapoints [3] were greater than the threshold (0) (1 needed to alarm).',
  timeUs: Date.parse('2026-12-04T20:15:00Z') * 1000,
};

describe(SnsAlarmNotifier.name, () => {
  it('publishes the state change to the alarm topic as CloudWatch words it', async () => {
    const sns = strictMock<SNSClient>('sns');
    sns.send.mockResolvedValueOnce({ MessageId: 'm-1' } as never);
    const notifier = new SnsAlarmNotifier(sns, location);

    await notifier.notify(notification);

    expect(sns.send).toHaveBeenCalledTimes(1);
    const command = sns.send.mock.calls[0]![0] as PublishCommand;
    expect(command).toBeInstanceOf(PublishCommand);
    expect(command.input).toEqual({
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:t1-alarm-notifications',
      Subject: 'ALARM: "checkout-5xx-errors" in eu-west-1',
      Message: expect.any(String) as unknown,
    });
    expect(JSON.parse(command.input.Message!)).toEqual({
      AlarmName: 'checkout-5xx-errors',
      AlarmDescription: checkoutErrors.description,
      AWSAccountId: '123456789012',
      NewStateValue: 'ALARM',
      NewStateReason: notification.reason,
      StateChangeTime: '2026-12-04T20:15:00.000Z',
      Region: 'eu-west-1',
      OldStateValue: 'OK',
      Trigger: {
        MetricName: 'shop.http.server.errors',
        Namespace: 'shop',
        Statistic: 'Sum',
        Dimensions: [
          { name: 'service', value: 'order' },
          { name: 'http.request.method', value: 'POST' },
          { name: 'http.route', value: '/api/orders' },
        ],
        Period: 60,
        EvaluationPeriods: 1,
        DatapointsToAlarm: 1,
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
        TreatMissingData: 'notBreaching',
      },
    });
  });

  it('keeps the subject within SNS’s 100 printable ASCII characters', async () => {
    const sns = strictMock<SNSClient>('sns');
    sns.send.mockResolvedValueOnce({} as never);
    const name = `Lagerbestand “niedrig” ${'x'.repeat(120)}`;

    await new SnsAlarmNotifier(sns, location).notify({
      ...notification,
      newState: 'INSUFFICIENT_DATA',
      definition: { ...checkoutErrors, name },
    });

    const subject = (sns.send.mock.calls[0]![0] as PublishCommand).input.Subject!;
    expect(subject).toHaveLength(100);
    expect(subject.startsWith('INSUFFICIENT_DATA: "Lagerbestand ?niedrig? xxx')).toBe(true);
  });

  it('fails when SNS refuses the publish', async () => {
    const sns = strictMock<SNSClient>('sns');
    sns.send.mockRejectedValueOnce(new Error('Topic does not exist') as never);

    await expect(new SnsAlarmNotifier(sns, location).notify(notification)).rejects.toThrow('Topic does not exist');
  });
});
