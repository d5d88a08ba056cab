// The decoded shapes of the OTLP export requests, as far as the tests read them (protobufjs field names).

export interface OtlpAnyValue {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: OtlpLong | null;
  doubleValue?: number | null;
  arrayValue?: { values?: OtlpAnyValue[] | null } | null;
  kvlistValue?: { values?: OtlpKeyValue[] | null } | null;
  bytesValue?: Uint8Array | null;
}

/** protobufjs gives 64-bit integers as numbers or Long-like objects. */
export type OtlpLong = number | { low: number; high: number; unsigned?: boolean };

export interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue | null;
}

interface OtlpResource {
  attributes?: OtlpKeyValue[] | null;
}

export interface OtlpSpan {
  traceId: Uint8Array;
  spanId: Uint8Array;
  parentSpanId?: Uint8Array | null;
  name: string;
  kind: number;
  attributes?: OtlpKeyValue[] | null;
  status?: { code?: number | null; message?: string | null } | null;
}

export interface ExportTraceServiceRequest {
  resourceSpans?:
    | {
        resource?: OtlpResource | null;
        scopeSpans?: { scope?: { name?: string | null } | null; spans?: OtlpSpan[] | null }[] | null;
      }[]
    | null;
}

export interface OtlpNumberDataPoint {
  attributes?: OtlpKeyValue[] | null;
  asDouble?: number | null;
  asInt?: OtlpLong | null;
}

export interface OtlpHistogramDataPoint {
  attributes?: OtlpKeyValue[] | null;
  count?: OtlpLong | null;
  sum?: number | null;
}

export interface OtlpMetric {
  name: string;
  unit?: string | null;
  sum?: { dataPoints?: OtlpNumberDataPoint[] | null } | null;
  gauge?: { dataPoints?: OtlpNumberDataPoint[] | null } | null;
  histogram?: { dataPoints?: OtlpHistogramDataPoint[] | null } | null;
}

export interface ExportMetricsServiceRequest {
  resourceMetrics?:
    { resource?: OtlpResource | null; scopeMetrics?: { metrics?: OtlpMetric[] | null }[] | null }[] | null;
}

export interface OtlpLogRecord {
  timeUnixNano?: OtlpLong | null;
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
        scopeLogs?: { scope?: { name?: string | null } | null; logRecords?: OtlpLogRecord[] | null }[] | null;
      }[]
    | null;
}

interface Decoder<T> {
  decode(bytes: Uint8Array): T;
}

/** The part of the generated protobufjs root the receiver uses. */
export interface OtlpProtoRoot {
  opentelemetry: {
    proto: {
      collector: {
        trace: { v1: { ExportTraceServiceRequest: Decoder<ExportTraceServiceRequest> } };
        metrics: { v1: { ExportMetricsServiceRequest: Decoder<ExportMetricsServiceRequest> } };
        logs: { v1: { ExportLogsServiceRequest: Decoder<ExportLogsServiceRequest> } };
      };
    };
  };
}
