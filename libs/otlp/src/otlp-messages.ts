// The decoded shapes of the OTLP export requests (protobufjs field names). The generated root sets every
// field it did not read to null, hence `| null` throughout.

/** protobufjs gives 64-bit integers as Long objects (or numbers where `long` is missing). */
export type OtlpLong = number | { low: number; high: number; unsigned?: boolean };

export interface OtlpAnyValue {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: OtlpLong | null;
  doubleValue?: number | null;
  arrayValue?: { values?: OtlpAnyValue[] | null } | null;
  kvlistValue?: { values?: OtlpKeyValue[] | null } | null;
  bytesValue?: Uint8Array | null;
}

export interface OtlpKeyValue {
  key?: string | null;
  value?: OtlpAnyValue | null;
}

export interface OtlpResource {
  attributes?: OtlpKeyValue[] | null;
}

export interface OtlpScope {
  name?: string | null;
}

export interface OtlpSpanEvent {
  timeUnixNano?: OtlpLong | null;
  name?: string | null;
  attributes?: OtlpKeyValue[] | null;
}

export interface OtlpSpanLink {
  traceId?: Uint8Array | null;
  spanId?: Uint8Array | null;
  attributes?: OtlpKeyValue[] | null;
}

export interface OtlpSpan {
  traceId?: Uint8Array | null;
  spanId?: Uint8Array | null;
  parentSpanId?: Uint8Array | null;
  name?: string | null;
  kind?: number | null;
  startTimeUnixNano?: OtlpLong | null;
  endTimeUnixNano?: OtlpLong | null;
  attributes?: OtlpKeyValue[] | null;
  events?: OtlpSpanEvent[] | null;
  links?: OtlpSpanLink[] | null;
  status?: { code?: number | null; message?: string | null } | null;
}

export interface ExportTraceServiceRequest {
  resourceSpans?:
    | {
        resource?: OtlpResource | null;
        scopeSpans?: { scope?: OtlpScope | null; spans?: OtlpSpan[] | null }[] | null;
      }[]
    | null;
}

export interface OtlpNumberDataPoint {
  attributes?: OtlpKeyValue[] | null;
  startTimeUnixNano?: OtlpLong | null;
  timeUnixNano?: OtlpLong | null;
  asDouble?: number | null;
  asInt?: OtlpLong | null;
}

export interface OtlpHistogramDataPoint {
  attributes?: OtlpKeyValue[] | null;
  startTimeUnixNano?: OtlpLong | null;
  timeUnixNano?: OtlpLong | null;
  count?: OtlpLong | null;
  sum?: number | null;
  bucketCounts?: OtlpLong[] | null;
  explicitBounds?: number[] | null;
  min?: number | null;
  max?: number | null;
}

/** OTLP AggregationTemporality: 1 delta, 2 cumulative. */
export type OtlpTemporality = number;

export interface OtlpMetric {
  name?: string | null;
  unit?: string | null;
  gauge?: { dataPoints?: OtlpNumberDataPoint[] | null } | null;
  sum?: {
    dataPoints?: OtlpNumberDataPoint[] | null;
    aggregationTemporality?: OtlpTemporality | null;
    isMonotonic?: boolean | null;
  } | null;
  histogram?: {
    dataPoints?: OtlpHistogramDataPoint[] | null;
    aggregationTemporality?: OtlpTemporality | null;
  } | null;
  exponentialHistogram?: { dataPoints?: unknown[] | null } | null;
  summary?: { dataPoints?: unknown[] | null } | null;
}

export interface ExportMetricsServiceRequest {
  resourceMetrics?:
    | {
        resource?: OtlpResource | null;
        scopeMetrics?: { scope?: OtlpScope | null; metrics?: OtlpMetric[] | null }[] | null;
      }[]
    | null;
}

export interface OtlpLogRecord {
  timeUnixNano?: OtlpLong | null;
  observedTimeUnixNano?: OtlpLong | null;
  severityNumber?: number | null;
  severityText?: string | null;
  body?: OtlpAnyValue | null;
  attributes?: OtlpKeyValue[] | null;
  traceId?: Uint8Array | null;
  spanId?: Uint8Array | null;
}

export interface ExportLogsServiceRequest {
  resourceLogs?:
    | {
        resource?: OtlpResource | null;
        scopeLogs?: { scope?: OtlpScope | null; logRecords?: OtlpLogRecord[] | null }[] | null;
      }[]
    | null;
}
