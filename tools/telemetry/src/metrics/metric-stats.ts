import type { MetricKind } from './metric-catalog';
import { addBucketCounts, histogramQuantile } from './histogram-quantile';

export const METRIC_STATS = ['sum', 'rate', 'count', 'avg', 'min', 'max', 'p50', 'p90', 'p95', 'p99'] as const;
export type MetricStat = (typeof METRIC_STATS)[number];

/** One stored data point, as the statistics read it. */
export interface MetricPoint {
  readonly timeUs: number;
  /** The series it belongs to (service and attributes): a gauge's sum adds the last value of each. */
  readonly series: string;
  readonly value: number | null;
  readonly count: number | null;
  readonly bounds: readonly number[] | null;
  readonly bucketCounts: readonly number[] | null;
  readonly min: number | null;
  readonly max: number | null;
}

export function isMetricStat(stat: string): stat is MetricStat {
  return (METRIC_STATS as readonly string[]).includes(stat);
}

/** Why `stat` means nothing for metrics of `kind`, or null when it does. */
export function statProblem(kind: MetricKind, stat: MetricStat): string | null {
  if (stat === 'rate' && (kind === 'gauge' || kind === 'updown')) {
    return `stat "rate" needs a counter or a histogram; this metric is a ${kind}`;
  }
  return null;
}

/**
 * One period's statistic over its points (in time order), null for an empty period. Counters hold
 * deltas (sum adds them); gauges and up-down counters hold levels (sum adds the last level of each
 * series); histograms hold deltas of count, sum and bucket counts.
 */
export function reducePoints(
  kind: MetricKind,
  stat: MetricStat,
  points: readonly MetricPoint[],
  periodSeconds: number,
): number | null {
  if (points.length === 0) return null;
  if (kind === 'histogram') return reduceHistogram(stat, points, periodSeconds);
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  switch (stat) {
    case 'count':
      return points.length;
    case 'sum':
      return kind === 'counter' ? total(values) : total([...lastValueBySeries(points).values()]);
    case 'rate':
      return total(values) / periodSeconds;
    case 'avg':
      return values.length === 0 ? null : total(values) / values.length;
    case 'min':
      return smallest(values);
    case 'max':
      return largest(values);
    case 'p50':
    case 'p90':
    case 'p95':
    case 'p99':
      return nearestRank(values, percentileOf(stat));
  }
}

function reduceHistogram(stat: MetricStat, points: readonly MetricPoint[], periodSeconds: number): number | null {
  const count = total(points.map((point) => point.count ?? 0));
  const sum = total(points.map((point) => point.value ?? 0));
  const mins = points.flatMap((point) => (point.min === null ? [] : [point.min]));
  const maxes = points.flatMap((point) => (point.max === null ? [] : [point.max]));
  switch (stat) {
    case 'count':
      return count;
    case 'sum':
      return sum;
    case 'rate':
      return count / periodSeconds;
    case 'avg':
      return count > 0 ? sum / count : null;
    case 'min':
      return smallest(mins);
    case 'max':
      return largest(maxes);
    case 'p50':
    case 'p90':
    case 'p95':
    case 'p99': {
      const bounds = points.find((point) => point.bounds !== null)?.bounds ?? [];
      const counts: number[] = new Array<number>(bounds.length + 1).fill(0);
      for (const point of points) {
        if (point.bounds !== null && point.bucketCounts !== null) {
          addBucketCounts(counts, bounds, point.bounds, point.bucketCounts);
        }
      }
      return histogramQuantile(percentileOf(stat), {
        bounds,
        counts,
        min: smallest(mins),
        max: largest(maxes),
      });
    }
  }
}

function percentileOf(stat: 'p50' | 'p90' | 'p95' | 'p99'): number {
  return Number(stat.slice(1)) / 100;
}

/** The nearest-rank percentile of raw values (what CloudWatch reports for percentiles of plain samples). */
function nearestRank(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

function lastValueBySeries(points: readonly MetricPoint[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const point of points) if (point.value !== null) last.set(point.series, point.value);
  return last;
}

function smallest(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => Math.min(a, b));
}

function largest(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b));
}

function total(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}
