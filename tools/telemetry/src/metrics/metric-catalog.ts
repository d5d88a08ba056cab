import type { DatabaseSync } from 'node:sqlite';

export type MetricKind = 'counter' | 'updown' | 'gauge' | 'histogram';

/** One metric name as the store holds it: what it measures and which services and attributes report it. */
export interface MetricDescription {
  readonly name: string;
  readonly unit: string;
  readonly kind: MetricKind;
  readonly services: string[];
  readonly attributeKeys: string[];
}

interface SeriesKeyRow {
  readonly name: string;
  readonly unit: string;
  readonly kind: MetricKind;
  readonly service: string;
  readonly key: string | null;
}

/**
 * Every metric name in the store (with points since `sinceUs`, when given), sorted. The distinct series
 * come first so that the attribute keys are read once per series, not once per point.
 */
export function listMetrics(db: DatabaseSync, sinceUs = 0): MetricDescription[] {
  const rows = db
    .prepare(
      `WITH series AS (SELECT DISTINCT name, unit, kind, service, attributes FROM metric_points WHERE time_us >= ?)
       SELECT DISTINCT series.name, series.unit, series.kind, series.service, attribute.key
       FROM series LEFT JOIN json_each(series.attributes) AS attribute
       ORDER BY series.name`,
    )
    .all(sinceUs) as unknown as SeriesKeyRow[];
  const byName = new Map<string, { unit: string; kind: MetricKind; services: Set<string>; keys: Set<string> }>();
  for (const row of rows) {
    let metric = byName.get(row.name);
    if (metric === undefined) {
      metric = { unit: row.unit, kind: row.kind, services: new Set(), keys: new Set() };
      byName.set(row.name, metric);
    }
    metric.services.add(row.service);
    if (row.key !== null) metric.keys.add(row.key);
  }
  return [...byName].map(([name, metric]) => ({
    name,
    unit: metric.unit,
    kind: metric.kind,
    services: [...metric.services].sort(),
    attributeKeys: [...metric.keys].sort(),
  }));
}
