import { alarmValuesOf, conditionText, EMPTY_ALARM, validateAlarm, type AlarmFormValues } from './alarm-form';
import type { AlarmView } from './types';

const VALID: AlarmFormValues = {
  ...EMPTY_ALARM,
  name: 'order-p99-high',
  metricName: 'shop.http.server.duration',
  stat: 'p99',
  service: 'order',
  where: 'http.route=/orders\n http.request.method = POST ',
  threshold: '0.5',
};

describe(validateAlarm.name, () => {
  it('turns a valid threshold alarm into the API’s definition', () => {
    expect(validateAlarm(VALID)).toEqual({
      ok: true,
      body: {
        name: 'order-p99-high',
        metric: {
          name: 'shop.http.server.duration',
          stat: 'p99',
          service: 'order',
          where: { 'http.route': '/orders', 'http.request.method': 'POST' },
        },
        periodSeconds: 60,
        evaluationPeriods: 5,
        datapointsToAlarm: 3,
        comparison: 'GreaterThanThreshold',
        threshold: 0.5,
        treatMissingData: 'missing',
      },
    });
  });

  it('sends an anomaly band instead of a threshold for a band comparison', () => {
    const checked = validateAlarm({
      ...VALID,
      comparison: 'LessThanLowerOrGreaterThanUpperThreshold',
      threshold: '',
      standardDeviations: '2.5',
      trainingPeriods: '20',
    });

    expect(checked.ok && checked.body).toMatchObject({ anomalyBand: { standardDeviations: 2.5, trainingPeriods: 20 } });
    expect(checked.ok && 'threshold' in checked.body).toBe(false);
  });

  it('refuses names the API’s path does not take: spaces, colons, more than 128 characters', () => {
    for (const name of ['order p99 high', 'order:p99', `a${'b'.repeat(128)}`]) {
      const checked = validateAlarm({ ...EMPTY_ALARM, name });
      expect([name, !checked.ok && checked.errors.name]).toEqual([name, expect.stringMatching(/dots, dashes/)]);
    }
    expect(validateAlarm({ ...VALID, name: `a${'b'.repeat(127)}` }).ok).toBe(true);
  });

  it('explains every field the API would refuse', () => {
    const checked = validateAlarm({
      ...EMPTY_ALARM,
      name: '/bad',
      stat: 'median',
      where: 'http.route',
      periodSeconds: '5',
      evaluationPeriods: '3',
      datapointsToAlarm: '4',
      comparison: 'Sideways',
      threshold: 'high',
      treatMissingData: 'maybe',
    });

    if (checked.ok) throw new Error('the form must be refused');
    const { name, ...others } = checked.errors;
    expect(name).toMatch(/starting with a letter or digit$/);
    expect(others).toEqual({
      metricName: 'Choose the metric to watch',
      stat: 'Choose a statistic',
      where: 'Write one key=value per line; "http.route" is not one',
      periodSeconds: 'Enter whole seconds from 10 to 86400',
      datapointsToAlarm: 'Enter a whole number from 1 to the periods evaluated (3)',
      comparison: 'Choose a comparison',
      threshold: 'Enter the threshold, a number like 0.5 or 100',
      treatMissingData: 'Choose how missing data counts',
    });
  });

  it('keeps the band width between 0.1 and 10 standard deviations', () => {
    const band = { ...VALID, comparison: 'GreaterThanUpperThreshold' };
    expect(validateAlarm({ ...band, standardDeviations: '0.05' }).ok).toBe(false);
    expect(validateAlarm({ ...band, standardDeviations: '11' }).ok).toBe(false);
    expect(validateAlarm({ ...band, standardDeviations: '10' }).ok).toBe(true);
  });
});

describe('an alarm shown and edited', () => {
  const alarm: AlarmView = {
    name: 'checkout-errors',
    metric: { name: 'shop.http.server.errors', stat: 'sum', where: { 'http.route': '/checkout' } },
    periodSeconds: 60,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    comparison: 'GreaterThanOrEqualToThreshold',
    threshold: 5,
    treatMissingData: 'notBreaching',
    state: 'OK',
    stateReason: 'fine',
    stateUpdatedAt: '2026-12-04T10:00:00.000Z',
    lastValue: 0,
    band: null,
  };

  it('comes back into the form as it was defined', () => {
    const values = alarmValuesOf(alarm);
    expect(values).toMatchObject({ where: 'http.route=/checkout', threshold: '5', service: '', description: '' });
    expect(validateAlarm(values)).toEqual({
      ok: true,
      body: {
        name: alarm.name,
        metric: alarm.metric,
        periodSeconds: 60,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        comparison: 'GreaterThanOrEqualToThreshold',
        threshold: 5,
        treatMissingData: 'notBreaching',
      },
    });
  });

  it('reads its condition in a few words', () => {
    expect(conditionText(alarm)).toBe('sum ≥ 5 for 2 of 3 × 60 s');
  });
});
