import {
  attributesToRecord,
  longToNumber,
  nanosToMicros,
  type ExportMetricsServiceRequest,
  type OtlpHistogramDataPoint,
  type OtlpMetric,
  type OtlpNumberDataPoint,
} from '@shop/otlp';
import { serviceOf, sortedJson } from './column-values';
import { Rejections, type MetricKind, type MetricPoint, type Normalized } from './rows';

const DELTA = 1;

interface MetricContext {
  name: string;
  service: string;
  unit: string;
}

/**
 * Data points of an export request. Monotonic sums become counters, other sums up-down counters; gauges and
 * explicit-bucket histograms as they are. Exponential histograms and summaries are not stored: their points
 * count as rejected, as do number points without a value and histograms whose buckets do not fit their bounds.
 */
export function normalizeMetrics(request: ExportMetricsServiceRequest): Normalized<MetricPoint> {
  const rows: MetricPoint[] = [];
  const rejections = new Rejections();
  for (const resourceMetrics of request.resourceMetrics ?? []) {
    const service = serviceOf(attributesToRecord(resourceMetrics.resource?.attributes));
    for (const scopeMetrics of resourceMetrics.scopeMetrics ?? []) {
      for (const metric of scopeMetrics.metrics ?? []) {
        const context: MetricContext = { name: metric.name ?? '', service, unit: metric.unit ?? '' };
        if (!context.name) rejections.add('metric without a name', pointCount(metric));
        else addPoints(metric, context, rows, rejections);
      }
    }
  }
  return rejections.result(rows);
}

function addPoints(metric: OtlpMetric, context: MetricContext, rows: MetricPoint[], rejections: Rejections): void {
  if (metric.sum) {
    const kind: MetricKind = metric.sum.isMonotonic ? 'counter' : 'updown';
    // An up-down counter's cumulative value is its level, stored as it is.
    const cumulative = kind === 'counter' && metric.sum.aggregationTemporality !== DELTA;
    addNumberPoints(metric.sum.dataPoints, kind, cumulative, context, rows, rejections);
  } else if (metric.gauge) {
    addNumberPoints(metric.gauge.dataPoints, 'gauge', false, context, rows, rejections);
  } else if (metric.histogram) {
    const cumulative = metric.histogram.aggregationTemporality !== DELTA;
    for (const point of metric.histogram.dataPoints ?? []) {
      const row = histogramPoint(point, cumulative, context);
      if (row) rows.push(row);
      else rejections.add('histogram bucket counts do not match its bounds');
    }
  } else if (metric.exponentialHistogram) {
    rejections.add('exponential histograms are not supported', metric.exponentialHistogram.dataPoints?.length ?? 0);
  } else if (metric.summary) {
    rejections.add('summaries are not supported', metric.summary.dataPoints?.length ?? 0);
  }
}

function addNumberPoints(
  points: OtlpNumberDataPoint[] | null | undefined,
  kind: MetricKind,
  cumulative: boolean,
  context: MetricContext,
  rows: MetricPoint[],
  rejections: Rejections,
): void {
  for (const point of points ?? []) {
    const value =
      point.asDouble ?? (point.asInt === null || point.asInt === undefined ? null : longToNumber(point.asInt));
    if (value === null) {
      rejections.add('number data point without a value');
      continue;
    }
    rows.push({
      ...context,
      kind,
      attributes: sortedJson(attributesToRecord(point.attributes)),
      cumulative,
      startUs: nanosToMicros(point.startTimeUnixNano),
      timeUs: nanosToMicros(point.timeUnixNano),
      value,
      count: null,
      bounds: null,
      bucketCounts: null,
      min: null,
      max: null,
    });
  }
}

function histogramPoint(
  point: OtlpHistogramDataPoint,
  cumulative: boolean,
  context: MetricContext,
): MetricPoint | null {
  const bounds = point.explicitBounds ?? [];
  const bucketCounts = (point.bucketCounts ?? []).map(longToNumber);
  if (bucketCounts.length > 0 && bucketCounts.length !== bounds.length + 1) return null;
  return {
    ...context,
    kind: 'histogram',
    attributes: sortedJson(attributesToRecord(point.attributes)),
    cumulative,
    startUs: nanosToMicros(point.startTimeUnixNano),
    timeUs: nanosToMicros(point.timeUnixNano),
    value: point.sum ?? null,
    count: longToNumber(point.count),
    bounds: [...bounds],
    bucketCounts,
    min: point.min ?? null,
    max: point.max ?? null,
  };
}

function pointCount(metric: OtlpMetric): number {
  return (
    (metric.sum?.dataPoints?.length ?? 0) +
    (metric.gauge?.dataPoints?.length ?? 0) +
    (metric.histogram?.dataPoints?.length ?? 0) +
    (metric.exponentialHistogram?.dataPoints?.length ?? 0) +
    (metric.summary?.dataPoints?.length ?? 0)
  );
}
