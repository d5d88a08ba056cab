import type { MetricPoint, MetricQueryResult, MetricSeries } from './types';

function known(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** All values of all series added up: a counter's total over the window (its sum-per-period points). */
export function totalOf(result: MetricQueryResult): number {
  return result.series.reduce(
    (total, series) => total + series.points.reduce((sum, point) => sum + (known(point.value) ? point.value : 0), 0),
    0,
  );
}

/** The highest value of any point, or null: a percentile over a window made of several periods, at its worst. */
export function peakOf(result: MetricQueryResult): number | null {
  const values = result.series.flatMap((series) => series.points.map((point) => point.value).filter(known));
  return values.length === 0 ? null : Math.max(...values);
}

/** The sum of each series' latest value: a gauge's current reading, whatever the number of its series. */
export function latestOf(result: MetricQueryResult): number | null {
  const latest = result.series.flatMap((series) => {
    const last = [...series.points].reverse().find((point) => known(point.value));
    return last ? [last.value as number] : [];
  });
  return latest.length === 0 ? null : latest.reduce((a, b) => a + b, 0);
}

/** The series added up time by time: one line for a metric however many series it has (null where all are missing). */
export function sumSeries(series: readonly MetricSeries[]): MetricPoint[] {
  const sums = new Map<string, number | null>();
  for (const one of series) {
    for (const point of one.points) {
      const before = sums.get(point.time) ?? null;
      sums.set(point.time, known(point.value) ? (before ?? 0) + point.value : before);
    }
  }
  return [...sums].sort(([a], [b]) => Date.parse(a) - Date.parse(b)).map(([time, value]) => ({ time, value }));
}

/** `numerator / denominator` time by time (an error rate); null where the denominator is missing or zero. */
export function ratioPoints(numerator: readonly MetricPoint[], denominator: readonly MetricPoint[]): MetricPoint[] {
  const above = new Map(numerator.map((point) => [point.time, point.value]));
  return denominator.map(({ time, value }) => {
    const top = above.get(time) ?? 0;
    return { time, value: known(value) && value > 0 ? (known(top) ? top : 0) / value : null };
  });
}

export function scalePoints(points: readonly MetricPoint[], factor: number): MetricPoint[] {
  return points.map(({ time, value }) => ({ time, value: known(value) ? value * factor : null }));
}

/** A series' name from its labels: "http.route=/orders, method=GET", or "all" without labels. */
export function seriesLabel(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? 'all' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

/** Per value of one label (a route, say): the total (or the peak) of that label's series. */
export function byLabel(result: MetricQueryResult, key: string, combine: 'total' | 'peak'): Map<string, number | null> {
  const groups = new Map<string, MetricSeries[]>();
  for (const series of result.series) {
    const value = series.labels[key] ?? '';
    groups.set(value, [...(groups.get(value) ?? []), series]);
  }
  return new Map(
    [...groups].map(([value, series]) => {
      const part = { ...result, series };
      return [value, combine === 'total' ? totalOf(part) : peakOf(part)];
    }),
  );
}
