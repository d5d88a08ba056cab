import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import type { AlarmDefinition, AlarmState } from './alarm-definition';
import { evaluateAlarm, judgeDatapoints } from './alarm-evaluator';

const base: AlarmDefinition = {
  name: 'errors',
  metric: { name: 'shop.http.server.errors', stat: 'sum' },
  periodSeconds: 60,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  comparison: 'GreaterThanThreshold',
  threshold: 1,
  treatMissingData: 'missing',
};

function stateOf(
  window: (number | null)[],
  overrides: Partial<AlarmDefinition> = {},
  current: AlarmState = 'OK',
): AlarmState {
  return judgeDatapoints({ ...base, ...overrides }, window, null, current).state;
}

describe(judgeDatapoints.name, () => {
  it.each([
    ['GreaterThanThreshold', [2, 2, 0], 'ALARM'],
    ['GreaterThanThreshold', [1, 1, 1], 'OK'],
    ['GreaterThanOrEqualToThreshold', [1, 1, 0], 'ALARM'],
    ['GreaterThanOrEqualToThreshold', [0.9, 0.9, 5], 'OK'],
    ['LessThanThreshold', [0, 0.5, 3], 'ALARM'],
    ['LessThanThreshold', [1, 1, 0], 'OK'],
    ['LessThanOrEqualToThreshold', [1, 1, 3], 'ALARM'],
    ['LessThanOrEqualToThreshold', [1.1, 1.1, 0], 'OK'],
  ] as const)('%s of 1 over %p is %s (2 of 3 to alarm)', (comparison, window, expected) => {
    expect(stateOf([...window], { comparison })).toBe(expected);
  });

  it.each([
    // M of N: the breaching datapoints need not be consecutive.
    [[5, 0, 5], 2, 'ALARM'],
    [[5, 0, 0], 2, 'OK'],
    [[5, 5, 0], 3, 'OK'],
    [[5, 5, 5], 3, 'ALARM'],
  ] as const)('%p with %i datapoints to alarm is %s', (window, datapointsToAlarm, expected) => {
    expect(stateOf([...window], { datapointsToAlarm })).toBe(expected);
  });

  it.each([
    // missing: only datapoints that exist count; too few of them is insufficient data
    ['missing', [null, null, null], 'OK', 'INSUFFICIENT_DATA'],
    ['missing', [null, 0, null], 'OK', 'INSUFFICIENT_DATA'],
    ['missing', [null, 0, 0], 'ALARM', 'OK'],
    ['missing', [5, null, 5], 'OK', 'ALARM'],
    // notBreaching and breaching fill the gaps
    ['notBreaching', [null, null, null], 'ALARM', 'OK'],
    ['notBreaching', [5, null, null], 'ALARM', 'OK'],
    ['breaching', [null, null, null], 'OK', 'ALARM'],
    ['breaching', [0, null, 0], 'OK', 'OK'],
    ['breaching', [5, null, 0], 'OK', 'ALARM'],
    // ignore keeps the state while there are too few datapoints to decide
    ['ignore', [null, null, null], 'ALARM', 'ALARM'],
    ['ignore', [null, 0, null], 'OK', 'OK'],
    ['ignore', [null, null, null], 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA'],
    ['ignore', [0, 0, null], 'ALARM', 'OK'],
  ] as const)('treatMissingData %s over %p in %s is %s', (treatMissingData, window, current, expected) => {
    expect(stateOf([...window], { treatMissingData }, current)).toBe(expected);
  });

  it('says why, with the datapoints and the newest value', () => {
    expect(judgeDatapoints(base, [3, null, 2.5], null, 'OK')).toEqual({
      state: 'ALARM',
      reason:
        'Threshold Crossed: 2 out of the last 3 datapoints [3, -, 2.5] were greater than the threshold (1) (2 needed to alarm).',
      lastValue: 2.5,
      band: null,
    });
    expect(judgeDatapoints(base, [null, null, 0], null, 'OK').reason).toBe(
      'Insufficient Data: 1 out of the last 3 datapoints [-, -, 0] exist, 2 needed.',
    );
  });

  describe('with a band from 4 to 6', () => {
    const band = { lower: 4, upper: 6 };
    const bandAlarm = { ...base, threshold: undefined, anomalyBand: { standardDeviations: 1 }, datapointsToAlarm: 1 };

    it.each([
      ['GreaterThanUpperThreshold', [5, 5, 7], 'ALARM'],
      ['GreaterThanUpperThreshold', [5, 5, 3], 'OK'],
      ['LessThanLowerThreshold', [5, 5, 3], 'ALARM'],
      ['LessThanLowerThreshold', [5, 5, 7], 'OK'],
      ['LessThanLowerOrGreaterThanUpperThreshold', [5, 5, 7], 'ALARM'],
      ['LessThanLowerOrGreaterThanUpperThreshold', [5, 3, 5], 'ALARM'],
      ['LessThanLowerOrGreaterThanUpperThreshold', [4, 6, 5], 'OK'],
    ] as const)('%s over %p is %s', (comparison, window, expected) => {
      expect(judgeDatapoints({ ...bandAlarm, comparison }, [...window], band, 'OK')).toMatchObject({
        state: expected,
        band,
      });
    });

    it('has insufficient data without a band', () => {
      expect(
        judgeDatapoints({ ...bandAlarm, comparison: 'GreaterThanUpperThreshold' }, [9, 9, 9], null, 'OK').state,
      ).toBe('INSUFFICIENT_DATA');
    });
  });
});

describe(evaluateAlarm.name, () => {
  // A whole minute (2027-01-15T06:00:00Z).
  const T0 = 1_799_992_800_000_000;
  const MINUTE = 60_000_000;
  let db: DatabaseSync;

  function count(name: string, minute: number, value: number, service = 'order'): void {
    db.prepare(
      `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value)
       VALUES (?, ?, 'counter', '{request}', '{}', ?, ?)`,
    ).run(name, service, T0 + minute * MINUTE + 30_000_000, value);
  }

  beforeEach(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
  });

  it('evaluates the complete periods before now, not the running one', () => {
    count('shop.http.server.errors', 0, 5);
    count('shop.http.server.errors', 1, 5);
    count('shop.http.server.errors', 2, 0);
    count('shop.http.server.errors', 3, 9);
    // At 06:03:10 the periods 06:00, 06:01 and 06:02 are complete; 06:03 is still running.
    const evaluation = evaluateAlarm(db, base, T0 + 3 * MINUTE + 10_000_000, 'OK');
    expect(evaluation).toMatchObject({ state: 'ALARM', lastValue: 0 });
    // At 06:05 the window is [0, 9, -].
    expect(evaluateAlarm(db, base, T0 + 5 * MINUTE, 'ALARM')).toMatchObject({ state: 'OK', lastValue: 9 });
  });

  it('reads only the service and attributes the alarm names', () => {
    count('shop.http.server.errors', 0, 5, 'cart');
    count('shop.http.server.errors', 1, 5, 'cart');
    const alarm = { ...base, metric: { ...base.metric, service: 'order' }, treatMissingData: 'notBreaching' as const };
    expect(evaluateAlarm(db, alarm, T0 + 3 * MINUTE, 'OK').state).toBe('OK');
  });

  it('learns the band from the training periods before the window', () => {
    // 10 minutes of 10 requests a minute (flat: the band is 10 ± 2 × 10 % of 10), then 30 in each of 3.
    for (let minute = 0; minute < 10; minute++) count('shop.http.server.requests', minute, 10);
    for (let minute = 10; minute < 13; minute++) count('shop.http.server.requests', minute, 30);
    const alarm: AlarmDefinition = {
      ...base,
      metric: { name: 'shop.http.server.requests', stat: 'sum' },
      threshold: undefined,
      comparison: 'GreaterThanUpperThreshold',
      anomalyBand: { standardDeviations: 2, trainingPeriods: 10 },
    };

    const evaluation = evaluateAlarm(db, alarm, T0 + 13 * MINUTE, 'OK');

    expect(evaluation.state).toBe('ALARM');
    expect(evaluation.band!.lower).toBeCloseTo(8, 10);
    expect(evaluation.band!.upper).toBeCloseTo(12, 10);
  });

  it('has insufficient data when the statistic does not apply to the metric', () => {
    db.prepare(
      `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value)
       VALUES ('shop.inventory.low_stock_items', 'inventory', 'gauge', '{item}', '{}', ?, 3)`,
    ).run(T0);
    const alarm = { ...base, metric: { name: 'shop.inventory.low_stock_items', stat: 'rate' as const } };
    expect(evaluateAlarm(db, alarm, T0 + 3 * MINUTE, 'OK')).toEqual({
      state: 'INSUFFICIENT_DATA',
      reason: 'Unable to evaluate: stat "rate" needs a counter or a histogram; this metric is a gauge',
      lastValue: null,
      band: null,
    });
  });
});
