import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { MetricPoint } from '../otlp/rows';

interface SeriesState {
  start_us: number;
  value: number | null;
  count: number | null;
  bucket_counts: string | null;
}

interface Delta {
  value: number | null;
  count: number | null;
  bucketCounts: number[] | null;
}

/**
 * Stores metric data points as deltas. A cumulative point becomes the change since its series' previous
 * point (kept in `metric_series`); the first point of a series, a point with a new start time (the process
 * restarted) and a point below the previous one (a reset) count from zero.
 */
export class MetricWriter {
  private readonly insertPoint: StatementSync;
  private readonly selectSeries: StatementSync;
  private readonly upsertSeries: StatementSync;

  constructor(database: DatabaseSync) {
    this.insertPoint = database.prepare(
      `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value, count, bounds, bucket_counts, min, max)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectSeries = database.prepare(
      'SELECT start_us, value, count, bucket_counts FROM metric_series WHERE series_key = ?',
    );
    this.upsertSeries = database.prepare(
      `INSERT INTO metric_series (series_key, start_us, value, count, bucket_counts, seen_us) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (series_key) DO UPDATE SET
         start_us = excluded.start_us, value = excluded.value, count = excluded.count, bucket_counts = excluded.bucket_counts,
         seen_us = excluded.seen_us`,
    );
  }

  /** Call inside a transaction. */
  write(points: MetricPoint[]): void {
    for (const point of points) {
      const delta = point.cumulative ? this.deltaOf(point) : point;
      this.insertPoint.run(
        point.name,
        point.service,
        point.kind,
        point.unit,
        point.attributes,
        point.timeUs,
        delta.value,
        delta.count,
        point.bounds ? JSON.stringify(point.bounds) : null,
        delta.bucketCounts ? JSON.stringify(delta.bucketCounts) : null,
        point.min,
        point.max,
      );
    }
  }

  private deltaOf(point: MetricPoint): Delta {
    const key = JSON.stringify([point.service, point.name, point.attributes]);
    const previous = this.selectSeries.get(key) as SeriesState | undefined;
    const bucketCountsJson = point.bucketCounts ? JSON.stringify(point.bucketCounts) : null;
    this.upsertSeries.run(key, point.startUs, point.value, point.count, bucketCountsJson, point.timeUs);
    if (!previous || previous.start_us !== point.startUs) return point;
    const bucketCounts = bucketDifference(point.bucketCounts, previous.bucket_counts);
    const value = difference(point.value, previous.value);
    const count = difference(point.count, previous.count);
    // A histogram's sum may fall (negative measurements); its count may not.
    const wentBackwards = point.kind === 'histogram' ? (count ?? 0) < 0 : (value ?? 0) < 0;
    return wentBackwards || bucketCounts === undefined ? point : { value, count, bucketCounts };
  }
}

function difference(current: number | null, previous: number | null): number | null {
  if (current === null) return null;
  return current - (previous ?? 0);
}

/** undefined when the buckets cannot be compared (their number changed): the point then counts from zero. */
function bucketDifference(current: number[] | null, previousJson: string | null): number[] | null | undefined {
  if (current === null) return null;
  const previous = previousJson ? (JSON.parse(previousJson) as number[]) : [];
  if (previous.length !== current.length) return undefined;
  return current.map((count, index) => count - (previous[index] ?? 0));
}
