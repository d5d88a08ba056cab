/**
 * EventBridge schedule expressions: `rate(5 minutes)` and `cron(minutes hours day-of-month month
 * day-of-week year)`, in UTC. Pure: parsing and the computation of the next firing time.
 */

export class ScheduleExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(`Parameter ScheduleExpression is not valid: ${expression} (${reason}).`);
    this.name = 'ScheduleExpressionError';
  }
}

export type Schedule = RateSchedule | CronSchedule;

export interface RateSchedule {
  readonly kind: 'rate';
  readonly periodMs: number;
}

export interface CronSchedule {
  readonly kind: 'cron';
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  /** Undefined when the field is `?` (the other day field decides). */
  readonly daysOfMonth: ReadonlySet<number> | undefined;
  readonly months: ReadonlySet<number>;
  /** 1 = Sunday ... 7 = Saturday, as AWS numbers them; undefined when `?`. */
  readonly daysOfWeek: ReadonlySet<number> | undefined;
  /** Undefined when `*`. */
  readonly years: ReadonlySet<number> | undefined;
}

const MINUTE_MS = 60_000;
const RATE_UNITS: Record<string, number> = { minute: MINUTE_MS, hour: 60 * MINUTE_MS, day: 24 * 60 * MINUTE_MS };
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
// A cron expression that never fires again (a past year) must not make the search loop forever.
const SEARCH_LIMIT_YEARS = 200;

export function parseScheduleExpression(expression: string): Schedule {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) return parseRate(expression, Number(rate[1]), rate[2] ?? '');
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return parseCron(expression, (cron[1] ?? '').trim().split(/\s+/));
  throw new ScheduleExpressionError(expression, 'expected rate(...) or cron(...)');
}

function parseRate(expression: string, value: number, unit: string): RateSchedule {
  if (value < 1) throw new ScheduleExpressionError(expression, 'the rate must be a positive number');
  const plural = unit.endsWith('s');
  if (value === 1 && plural) throw new ScheduleExpressionError(expression, `use the singular unit for a value of 1`);
  if (value > 1 && !plural) throw new ScheduleExpressionError(expression, `use the plural unit for a value above 1`);
  const unitMs = RATE_UNITS[plural ? unit.slice(0, -1) : unit] ?? MINUTE_MS;
  return { kind: 'rate', periodMs: value * unitMs };
}

function parseCron(expression: string, fields: string[]): CronSchedule {
  if (fields.length !== 6) throw new ScheduleExpressionError(expression, 'cron takes six fields');
  const [minutes, hours, daysOfMonth, months, daysOfWeek, years] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((daysOfMonth === '?') === (daysOfWeek === '?')) {
    throw new ScheduleExpressionError(expression, 'exactly one of day-of-month and day-of-week must be ?');
  }
  const field = (text: string, min: number, max: number, names: readonly string[] = [], nameBase = min) =>
    parseField(expression, text, min, max, names, nameBase);
  return {
    kind: 'cron',
    minutes: field(minutes, 0, 59),
    hours: field(hours, 0, 23),
    daysOfMonth: daysOfMonth === '?' ? undefined : field(daysOfMonth, 1, 31),
    months: field(months, 1, 12, MONTH_NAMES),
    daysOfWeek: daysOfWeek === '?' ? undefined : field(daysOfWeek, 1, 7, DAY_NAMES),
    years: years === '*' ? undefined : field(years, 1970, 2199),
  };
}

function parseField(
  expression: string,
  text: string,
  min: number,
  max: number,
  names: readonly string[],
  nameBase: number,
): Set<number> {
  if (/[LW#]/.test(text.replace(new RegExp(names.join('|') || '^$', 'g'), ''))) {
    throw new ScheduleExpressionError(expression, `L, W and # are not supported by the local emulator: ${text}`);
  }
  const value = (token: string): number => {
    const named = names.indexOf(token.toUpperCase());
    const number = named >= 0 ? named + nameBase : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new ScheduleExpressionError(expression, `${token} is out of range ${min}-${max}`);
    }
    return number;
  };
  const result = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new ScheduleExpressionError(expression, `bad step in ${part}`);
    let from: number;
    let to: number;
    if (range === '*') {
      [from, to] = [min, max];
    } else if (range.includes('-')) {
      const [start = '', end = ''] = range.split('-');
      [from, to] = [value(start), value(end)];
    } else {
      from = value(range);
      to = stepText === undefined ? from : max;
    }
    if (from > to) throw new ScheduleExpressionError(expression, `range ${range} is backwards`);
    for (let current = from; current <= to; current += step) result.add(current);
  }
  return result;
}

/**
 * The first firing strictly after `after`. A rate schedule fires every period counted from `anchor`
 * (when the rule was created or the emulator restarted); a cron schedule at whole minutes in UTC.
 * Undefined when a cron schedule never fires again.
 */
export function nextFireTime(schedule: Schedule, after: Date, anchor: Date = after): Date | undefined {
  if (schedule.kind === 'rate') {
    const elapsed = after.getTime() - anchor.getTime();
    const periods = Math.floor(elapsed / schedule.periodMs) + 1;
    return new Date(anchor.getTime() + Math.max(periods, 1) * schedule.periodMs);
  }
  return nextCronTime(schedule, after);
}

function nextCronTime(schedule: CronSchedule, after: Date): Date | undefined {
  const time = new Date(Math.floor(after.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS);
  const lastYear = after.getUTCFullYear() + SEARCH_LIMIT_YEARS;
  while (time.getUTCFullYear() <= lastYear) {
    if (schedule.years && !schedule.years.has(time.getUTCFullYear())) {
      time.setUTCFullYear(time.getUTCFullYear() + 1, 0, 1);
      time.setUTCHours(0, 0, 0, 0);
    } else if (!schedule.months.has(time.getUTCMonth() + 1)) {
      time.setUTCMonth(time.getUTCMonth() + 1, 1);
      time.setUTCHours(0, 0, 0, 0);
    } else if (!dayMatches(schedule, time)) {
      time.setUTCDate(time.getUTCDate() + 1);
      time.setUTCHours(0, 0, 0, 0);
    } else if (!schedule.hours.has(time.getUTCHours())) {
      time.setUTCHours(time.getUTCHours() + 1, 0, 0, 0);
    } else if (!schedule.minutes.has(time.getUTCMinutes())) {
      time.setUTCMinutes(time.getUTCMinutes() + 1, 0, 0);
    } else {
      return time;
    }
  }
  return undefined;
}

function dayMatches(schedule: CronSchedule, time: Date): boolean {
  if (schedule.daysOfMonth) return schedule.daysOfMonth.has(time.getUTCDate());
  return schedule.daysOfWeek?.has(time.getUTCDay() + 1) ?? true;
}
