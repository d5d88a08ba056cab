import { ScheduleExpressionError, nextFireTime, parseScheduleExpression } from './schedule-expression';

const at = (iso: string) => new Date(iso);

describe(parseScheduleExpression.name, () => {
  it.each([
    ['rate(1 minute)', 60_000],
    ['rate(5 minutes)', 300_000],
    ['rate(1 hour)', 3_600_000],
    ['rate(2 days)', 172_800_000],
  ])('reads %s', (expression, periodMs) => {
    expect(parseScheduleExpression(expression)).toEqual({ kind: 'rate', periodMs });
  });

  it.each([
    ['rate(0 minutes)', /positive/],
    ['rate(1 minutes)', /singular/],
    ['rate(5 minute)', /plural/],
    ['rate(5 weeks)', /expected rate/],
    ['every 5 minutes', /expected rate/],
    ['cron(0 12 * * *)', /six fields/],
    ['cron(0 12 * * * *)', /exactly one of day-of-month and day-of-week/],
    ['cron(0 12 ? * ? *)', /exactly one of day-of-month and day-of-week/],
    ['cron(60 12 * * ? *)', /out of range/],
    ['cron(0 12 L * ? *)', /not supported/],
    ['cron(0/0 12 * * ? *)', /bad step/],
  ])('refuses %s', (expression, message) => {
    expect(() => parseScheduleExpression(expression)).toThrow(ScheduleExpressionError);
    expect(() => parseScheduleExpression(expression)).toThrow(message);
  });
});

describe(nextFireTime.name, () => {
  const next = (expression: string, after: string, anchor?: string) =>
    nextFireTime(
      parseScheduleExpression(expression),
      at(after),
      anchor === undefined ? undefined : at(anchor),
    )?.toISOString();

  it('fires a rate every period counted from the anchor', () => {
    expect(next('rate(5 minutes)', '2026-01-01T10:07:00Z', '2026-01-01T10:00:30Z')).toBe('2026-01-01T10:10:30.000Z');
    expect(next('rate(5 minutes)', '2026-01-01T10:10:30Z', '2026-01-01T10:00:30Z')).toBe('2026-01-01T10:15:30.000Z');
  });

  it('fires a rate one period after the anchor at first', () => {
    expect(next('rate(1 minute)', '2026-01-01T10:00:00Z')).toBe('2026-01-01T10:01:00.000Z');
  });

  it.each([
    // AWS's examples: 10:15 UTC every day; 18:00 Monday to Friday; every 10 minutes on weekdays; 8:00 on the 1st.
    ['cron(15 10 * * ? *)', '2026-03-04T11:00:00Z', '2026-03-05T10:15:00.000Z'],
    ['cron(0 18 ? * MON-FRI *)', '2026-03-06T18:30:00Z', '2026-03-09T18:00:00.000Z'],
    ['cron(0/10 * ? * MON-FRI *)', '2026-03-06T23:55:00Z', '2026-03-09T00:00:00.000Z'],
    ['cron(0 8 1 * ? *)', '2026-02-15T00:00:00Z', '2026-03-01T08:00:00.000Z'],
    ['cron(0/5 8-17 ? * MON-FRI *)', '2026-03-04T12:02:10Z', '2026-03-04T12:05:00.000Z'],
    ['cron(* * * * ? *)', '2026-03-04T12:02:10Z', '2026-03-04T12:03:00.000Z'],
    ['cron(0 0 29 FEB ? *)', '2026-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['cron(30 6 ? * 1 *)', '2026-03-04T00:00:00Z', '2026-03-08T06:30:00.000Z'],
  ])('%s after %s is %s', (expression, after, expected) => {
    expect(next(expression, after)).toBe(expected);
  });

  it('answers undefined for a cron whose years are past', () => {
    expect(next('cron(0 0 1 1 ? 2020)', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});
