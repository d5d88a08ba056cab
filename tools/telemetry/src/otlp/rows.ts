// What the normalizers make of an export request: rows shaped like the tables in store/schema.ts.

/** A `spans` row. */
export interface SpanRow {
  traceId: string;
  spanId: string;
  /** null for a root span. */
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: number;
  startUs: number;
  endUs: number;
  statusCode: number;
  statusMessage: string | null;
  httpStatus: number | null;
  /** JSON text of the columns of the same name. */
  attributes: string;
  resource: string;
  events: string;
  links: string;
  scope: string;
}

export type MetricKind = 'counter' | 'updown' | 'gauge' | 'histogram';

/**
 * A data point before it becomes a `metric_points` row: `cumulative` points are turned into deltas
 * by the writer, which keeps each series' previous point in `metric_series`.
 */
export interface MetricPoint {
  name: string;
  service: string;
  kind: MetricKind;
  unit: string;
  /** JSON object, keys sorted. */
  attributes: string;
  cumulative: boolean;
  startUs: number;
  timeUs: number;
  /** counter, updown, gauge: the value; histogram: the sum. */
  value: number | null;
  /** Histograms only from here on. */
  count: number | null;
  bounds: number[] | null;
  bucketCounts: number[] | null;
  min: number | null;
  max: number | null;
}

/** A `logs` row. */
export interface LogRow {
  timeUs: number;
  service: string;
  severityNumber: number;
  severityText: string;
  body: string;
  traceId: string | null;
  spanId: string | null;
  attributes: string;
  resource: string;
}

/** Rows of one export request, and what of it was refused (for the response's partial_success). */
export interface Normalized<Row> {
  rows: Row[];
  rejected: number;
  /** Why, in a few words: the distinct reasons, joined. Empty when nothing was rejected. */
  errorMessage: string;
}

/** Collects rejection reasons while normalizing. */
export class Rejections {
  count = 0;
  private readonly reasons = new Set<string>();

  add(reason: string, count = 1): void {
    if (count <= 0) return;
    this.count += count;
    this.reasons.add(reason);
  }

  result<Row>(rows: Row[]): Normalized<Row> {
    return { rows, rejected: this.count, errorMessage: [...this.reasons].join('; ') };
  }
}
