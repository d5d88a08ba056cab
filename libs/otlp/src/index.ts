export type {
  ExportLogsServiceRequest,
  ExportMetricsServiceRequest,
  ExportTraceServiceRequest,
  OtlpAnyValue,
  OtlpHistogramDataPoint,
  OtlpKeyValue,
  OtlpLogRecord,
  OtlpLong,
  OtlpMetric,
  OtlpNumberDataPoint,
  OtlpResource,
  OtlpScope,
  OtlpSpan,
  OtlpSpanEvent,
  OtlpSpanLink,
  OtlpTemporality,
} from './otlp-messages';
export { logsMessages, metricsMessages, traceMessages, type ExportMessages } from './otlp-proto';
export { anyValueToJs, attributesToRecord, idToHex, isValidId, longToNumber, nanosToMicros } from './otlp-values';
