import { AlarmDefinitionError, parseAlarmDefinition } from './alarm-definition';
import { DEFAULT_ALARMS } from './default-alarms';

const body = {
  metric: { name: 'shop.http.server.errors', stat: 'sum' },
  periodSeconds: 60,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  comparison: 'GreaterThanThreshold',
  threshold: 0,
  treatMissingData: 'notBreaching',
};

function problemsOf(name: string, input: unknown): { field: string; message: string }[] {
  try {
    parseAlarmDefinition(name, input);
  } catch (error) {
    if (error instanceof AlarmDefinitionError) return error.details;
    throw error;
  }
  throw new Error('expected the definition to be refused');
}

describe(parseAlarmDefinition.name, () => {
  it('takes a threshold alarm and names it', () => {
    expect(parseAlarmDefinition('errors', body)).toEqual({ name: 'errors', ...body });
  });

  it('takes every default alarm', () => {
    for (const { name, ...definition } of DEFAULT_ALARMS) {
      expect(parseAlarmDefinition(name, definition)).toEqual({ name, ...definition });
    }
  });

  it.each([
    ['a period under 10 s', { periodSeconds: 5 }, [{ field: 'periodSeconds', message: 'must be at least 10 seconds' }]],
    [
      'more datapoints to alarm than periods',
      { datapointsToAlarm: 4 },
      [{ field: 'datapointsToAlarm', message: 'must be at most evaluationPeriods (3)' }],
    ],
    [
      'a threshold comparison without a threshold',
      { threshold: undefined },
      [{ field: 'threshold', message: 'is required with GreaterThanThreshold' }],
    ],
    [
      'a band comparison without a band, with a threshold',
      { comparison: 'GreaterThanUpperThreshold' },
      [
        { field: 'anomalyBand', message: 'is required with GreaterThanUpperThreshold' },
        { field: 'threshold', message: 'is not used with GreaterThanUpperThreshold' },
      ],
    ],
    [
      'a band too wide',
      { comparison: 'LessThanLowerThreshold', threshold: undefined, anomalyBand: { standardDeviations: 11 } },
      [{ field: 'anomalyBand.standardDeviations', message: 'must be at most 10' }],
    ],
    [
      'an unknown stat',
      { metric: { name: 'x', stat: 'median' } },
      [{ field: 'metric.stat', message: 'must be one of sum, rate, count, avg, min, max, p50, p90, p95, p99' }],
    ],
  ])('refuses %s', (_, override, expected) => {
    expect(problemsOf('errors', { ...body, ...override })).toEqual(expected);
  });

  it('refuses unknown fields and a name that cannot be a path segment, all in one message', () => {
    const error = (() => {
      try {
        return parseAlarmDefinition('bad\nname', { ...body, colour: 'red' });
      } catch (thrown) {
        return thrown as AlarmDefinitionError;
      }
    })();
    expect(error).toBeInstanceOf(AlarmDefinitionError);
    expect((error as AlarmDefinitionError).message).toBe(
      'name must be 1-128 letters, digits, dots, dashes or underscores, starting with a letter or digit; Unrecognized key: "colour"',
    );
  });

  it.each(['cart-5xx', 'order.p99_latency', 'A'.repeat(128)])('takes the name %s', (name) => {
    expect(parseAlarmDefinition(name, body).name).toBe(name);
  });

  it.each(['', '-leading-dash', 'has space', 'a/b', 'A'.repeat(129)])('refuses the name "%s"', (name) => {
    expect(() => parseAlarmDefinition(name, body)).toThrow(AlarmDefinitionError);
  });
});
