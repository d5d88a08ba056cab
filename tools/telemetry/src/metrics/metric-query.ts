import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { MetricKind } from './metric-catalog';
import { type MetricPoint, type MetricStat, isMetricStat, reducePoints, statProblem } from './metric-stats';

/** A week of one-minute periods: more points than any chart draws. */
export const MAX_PERIODS = 7 * 24 * 60;

export interface MetricQuery {
  readonly name: string;
  readonly stat: MetricStat;
  readonly periodSeconds: number;
  readonly fromUs: number;
  readonly toUs: number;
  readonly service?: string;
  /** Attribute keys (or `service`) whose values split the result into series. */
  readonly groupBy?: readonly string[];
  /** Only points whose attributes have exactly these values. */
  readonly where?: Readonly<Record<string, string>>;
}

export interface MetricSeries {
  readonly labels: Record<string, string>;
  readonly points: { time: string; value: number | null }[];
}

export interface MetricQueryResult {
  readonly name: string;
  readonly unit: string;
  readonly stat: MetricStat;
  readonly periodSeconds: number;
  readonly series: MetricSeries[];
}

/** The same series with period starts as numbers, for code that computes on them (the alarms). */
export interface MetricValues {
  readonly unit: string;
  readonly kind: MetricKind | null;
  readonly periodStartsUs: number[];
  readonly series: { labels: Record<string, string>; values: (number | null)[] }[];
}

/** A query that cannot be answered as asked (the API answers 400 with its message). */
export class MetricQueryError extends Error {
  override readonly name = 'MetricQueryError';
}

interface PointRow {
  readonly time_us: number;
  readonly service: string;
  readonly attributes: string;
  readonly value: number | null;
  readonly count: number | null;
  readonly bounds: string | null;
  readonly bucket_counts: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly [label: `label_${number}`]: string | null;
}

/**
 * A metric's statistic per period over [from, to), one series per distinct `groupBy` value (one series
 * without groupBy, even without data). Periods are aligned to multiples of the period since the epoch,
 * as CloudWatch aligns them, so `from` and `to` are rounded out to whole periods; empty periods are null.
 */
export function queryMetric(db: DatabaseSync, query: MetricQuery): MetricQueryResult {
  const values = computeMetricValues(db, query);
  const times = values.periodStartsUs.map((startUs) => new Date(startUs / 1000).toISOString());
  return {
    name: query.name,
    unit: values.unit,
    stat: query.stat,
    periodSeconds: query.periodSeconds,
    series: values.series.map((series) => ({
      labels: series.labels,
      points: series.values.map((value, i) => ({ time: times[i]!, value })),
    })),
  };
}

export function computeMetricValues(db: DatabaseSync, query: MetricQuery): MetricValues {
  checkQuery(query);
  const periodUs = query.periodSeconds * 1_000_000;
  const fromUs = Math.floor(query.fromUs / periodUs) * periodUs;
  const toUs = Math.ceil(query.toUs / periodUs) * periodUs;
  const periodStartsUs = Array.from({ length: (toUs - fromUs) / periodUs }, (_, i) => fromUs + i * periodUs);
  const description = describeMetric(db, query.name);
  if (description !== null) {
    const problem = statProblem(description.kind, query.stat);
    if (problem !== null) throw new MetricQueryError(problem);
  }
  const groupBy = query.groupBy ?? [];
  const groups = new Map<string, { labels: Record<string, string>; periods: MetricPoint[][] }>();
  if (groupBy.length === 0) groups.set(JSON.stringify([]), { labels: {}, periods: periodStartsUs.map(() => []) });
  const withBuckets = description?.kind === 'histogram' && query.stat.startsWith('p');
  for (const row of selectPoints(db, query, fromUs, toUs)) {
    const labelValues = groupBy.map((_, i) => row[`label_${i}`] ?? '');
    const key = JSON.stringify(labelValues);
    let group = groups.get(key);
    if (group === undefined) {
      const labels = Object.fromEntries(groupBy.map((label, i) => [label, labelValues[i]!]));
      group = { labels, periods: periodStartsUs.map(() => []) };
      groups.set(key, group);
    }
    group.periods[Math.floor((row.time_us - fromUs) / periodUs)]!.push(pointOf(row, withBuckets));
  }
  const kind = description?.kind ?? null;
  return {
    unit: description?.unit ?? '',
    kind,
    periodStartsUs,
    series: [...groups.values()].map((group) => ({
      labels: group.labels,
      values: group.periods.map((points) =>
        kind === null ? null : reducePoints(kind, query.stat, points, query.periodSeconds),
      ),
    })),
  };
}

function checkQuery(query: MetricQuery): void {
  if (!isMetricStat(query.stat)) throw new MetricQueryError(`unknown stat "${String(query.stat)}"`);
  if (!Number.isInteger(query.periodSeconds) || query.periodSeconds < 1) {
    throw new MetricQueryError('period must be a whole number of seconds, at least 1');
  }
  if (!(query.fromUs < query.toUs)) throw new MetricQueryError('from must be before to');
  const periods = Math.ceil((query.toUs - query.fromUs) / (query.periodSeconds * 1_000_000));
  if (periods > MAX_PERIODS) {
    throw new MetricQueryError(`the range holds ${periods} periods, more than ${MAX_PERIODS}: choose a longer period`);
  }
}

function describeMetric(db: DatabaseSync, name: string): { kind: MetricKind; unit: string } | null {
  const row = db
    .prepare('SELECT kind, unit FROM metric_points WHERE name = ? ORDER BY time_us DESC LIMIT 1')
    .get(name) as { kind: MetricKind; unit: string } | undefined;
  return row ?? null;
}

function selectPoints(db: DatabaseSync, query: MetricQuery, fromUs: number, toUs: number): Iterable<PointRow> {
  const parameters: SQLInputValue[] = [];
  const labels = (query.groupBy ?? []).map((key, i) => {
    if (key === 'service') return `service AS label_${i}`;
    parameters.push(...attributeTextParameters(key));
    return `${ATTRIBUTE_TEXT} AS label_${i}`;
  });
  const conditions = ['name = ?', 'time_us >= ?', 'time_us < ?'];
  parameters.push(query.name, fromUs, toUs);
  if (query.service !== undefined) {
    conditions.push('service = ?');
    parameters.push(query.service);
  }
  for (const [key, value] of Object.entries(query.where ?? {})) {
    conditions.push(`${ATTRIBUTE_TEXT} = ?`);
    parameters.push(...attributeTextParameters(key), value);
  }
  const columns = ['time_us', 'service', 'attributes', 'value', 'count', 'bounds', 'bucket_counts', 'min', 'max'];
  return db
    .prepare(
      `SELECT ${[...columns, ...labels].join(', ')} FROM metric_points WHERE ${conditions.join(' AND ')}
              ORDER BY time_us`,
    )
    .iterate(...parameters) as Iterable<PointRow>;
}

/** An attribute's value as text: strings as they are, numbers in their JSON spelling, true/false as words. */
const ATTRIBUTE_TEXT = `(CASE json_type(attributes, ?) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
  ELSE CAST(json_extract(attributes, ?) AS TEXT) END)`;

function attributeTextParameters(key: string): [string, string] {
  if (key.includes('"')) throw new MetricQueryError(`attribute key ${key} has a double quote`);
  const path = `$."${key}"`;
  return [path, path];
}

function pointOf(row: PointRow, withBuckets: boolean): MetricPoint {
  return {
    timeUs: row.time_us,
    series: `${row.service}\u0000${row.attributes}`,
    value: row.value,
    count: row.count,
    bounds: withBuckets && row.bounds !== null ? (JSON.parse(row.bounds) as number[]) : null,
    bucketCounts: withBuckets && row.bucket_counts !== null ? (JSON.parse(row.bucket_counts) as number[]) : null,
    min: row.min,
    max: row.max,
  };
}
