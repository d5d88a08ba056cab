import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import {
  anyValueToJs,
  attributesToRecord,
  idToHex,
  logsMessages,
  longToNumber,
  metricsMessages,
  traceMessages,
  type ExportLogsServiceRequest,
  type ExportMetricsServiceRequest,
  type ExportTraceServiceRequest,
  type OtlpHistogramDataPoint,
  type OtlpMetric,
  type OtlpNumberDataPoint,
} from '@shop/otlp';
import { waitFor } from './wait-for';

const TRACE_EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const METRICS_EXPORT = '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export';
const LOGS_EXPORT = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';
// An empty Export*ServiceResponse (no partial_success) is zero bytes on the wire.
const EMPTY_RESPONSE = Buffer.alloc(0);

/** A span as it arrived: ids in lowercase hex, attributes and resource as plain records. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, unknown>;
  /** OTLP StatusCode: 0 unset, 1 ok, 2 error. */
  status: { code: number; message?: string };
  resource: Record<string, unknown>;
  /** The instrumentation scope that made it (`@opentelemetry/instrumentation-mysql2`). */
  scope: string;
}

export interface ReceivedDataPoint {
  attributes: Record<string, unknown>;
  /** Sums and gauges. */
  value?: number;
  /** Histograms. */
  count?: number;
  sum?: number;
}

/** One metric of one export (a cumulative metric arrives again with every export). */
export interface ReceivedMetric {
  name: string;
  unit: string;
  resource: Record<string, unknown>;
  dataPoints: ReceivedDataPoint[];
}

/** A log record as it arrived: trace and span ids in lowercase hex (absent outside a span). */
export interface ReceivedLogRecord {
  /** Milliseconds since the epoch. */
  time: number;
  severityNumber: number;
  severityText: string;
  body: unknown;
  attributes: Record<string, unknown>;
  traceId?: string;
  spanId?: string;
  resource: Record<string, unknown>;
  scope: string;
}

/** A real OTLP/gRPC endpoint for tests: point a process's OTEL_EXPORTER_OTLP_ENDPOINT at `endpoint`. */
export interface OtlpReceiver {
  /** `http://127.0.0.1:PORT` */
  endpoint: string;
  readonly spans: ReceivedSpan[];
  readonly metrics: ReceivedMetric[];
  readonly logs: ReceivedLogRecord[];
  /** Resolves with the spans received so far once the predicate holds for them (rejects after the timeout). */
  waitForSpans(predicate: (spans: ReceivedSpan[]) => boolean, timeoutMs?: number): Promise<ReceivedSpan[]>;
  /** Resolves with the first received metric of that name (and matching the predicate). */
  waitForMetric(
    name: string,
    predicate?: (metric: ReceivedMetric) => boolean,
    timeoutMs?: number,
  ): Promise<ReceivedMetric>;
  /** Resolves with the log records received so far once the predicate holds for them (rejects after the timeout). */
  waitForLogs(predicate: (logs: ReceivedLogRecord[]) => boolean, timeoutMs?: number): Promise<ReceivedLogRecord[]>;
  stop(): Promise<void>;
}

/** Starts an OTLP/gRPC receiver (traces, metrics and logs) on 127.0.0.1 and a free port. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const metrics: ReceivedMetric[] = [];
  const logs: ReceivedLogRecord[] = [];
  const server = new Server();

  server.register<ExportTraceServiceRequest, Buffer>(
    TRACE_EXPORT,
    (call: ServerUnaryCall<ExportTraceServiceRequest, Buffer>, callback: sendUnaryData<Buffer>) => {
      spans.push(...spansOf(call.request));
      callback(null, EMPTY_RESPONSE);
    },
    (response) => response,
    (bytes) => traceMessages.request.decode(bytes),
    'unary',
  );
  server.register<ExportMetricsServiceRequest, Buffer>(
    METRICS_EXPORT,
    (call: ServerUnaryCall<ExportMetricsServiceRequest, Buffer>, callback: sendUnaryData<Buffer>) => {
      metrics.push(...metricsOf(call.request));
      callback(null, EMPTY_RESPONSE);
    },
    (response) => response,
    (bytes) => metricsMessages.request.decode(bytes),
    'unary',
  );
  server.register<ExportLogsServiceRequest, Buffer>(
    LOGS_EXPORT,
    (call: ServerUnaryCall<ExportLogsServiceRequest, Buffer>, callback: sendUnaryData<Buffer>) => {
      logs.push(...logRecordsOf(call.request));
      callback(null, EMPTY_RESPONSE);
    },
    (response) => response,
    (bytes) => logsMessages.request.decode(bytes),
    'unary',
  );

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    metrics,
    logs,
    waitForSpans: (predicate, timeoutMs = 15_000) =>
      waitFor(
        () => (predicate(spans) ? [...spans] : undefined),
        timeoutMs,
        () => describeSpans(spans),
      ),
    waitForMetric: (name, predicate = () => true, timeoutMs = 15_000) =>
      waitFor(
        () => metrics.find((metric) => metric.name === name && predicate(metric)),
        timeoutMs,
        () => `metric ${name}; received: ${[...new Set(metrics.map((metric) => metric.name))].join(', ') || 'none'}`,
      ),
    waitForLogs: (predicate, timeoutMs = 15_000) =>
      waitFor(
        () => (predicate(logs) ? [...logs] : undefined),
        timeoutMs,
        () => describeLogs(logs),
      ),
    stop: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
}

function spansOf(request: ExportTraceServiceRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const resource = attributesToRecord(resourceSpans.resource?.attributes);
    return (resourceSpans.scopeSpans ?? []).flatMap((scopeSpans) =>
      (scopeSpans.spans ?? []).map((span): ReceivedSpan => {
        const parentSpanId = idToHex(span.parentSpanId);
        return {
          traceId: idToHex(span.traceId),
          spanId: idToHex(span.spanId),
          ...(parentSpanId ? { parentSpanId } : {}),
          name: span.name ?? '',
          kind: span.kind ?? 0,
          attributes: attributesToRecord(span.attributes),
          status: { code: span.status?.code ?? 0, ...(span.status?.message ? { message: span.status.message } : {}) },
          resource,
          scope: scopeSpans.scope?.name ?? '',
        };
      }),
    );
  });
}

function metricsOf(request: ExportMetricsServiceRequest): ReceivedMetric[] {
  return (request.resourceMetrics ?? []).flatMap((resourceMetrics) => {
    const resource = attributesToRecord(resourceMetrics.resource?.attributes);
    return (resourceMetrics.scopeMetrics ?? []).flatMap((scopeMetrics) =>
      (scopeMetrics.metrics ?? []).map((metric): ReceivedMetric => ({
        name: metric.name ?? '',
        unit: metric.unit ?? '',
        resource,
        dataPoints: dataPointsOf(metric),
      })),
    );
  });
}

function logRecordsOf(request: ExportLogsServiceRequest): ReceivedLogRecord[] {
  return (request.resourceLogs ?? []).flatMap((resourceLogs) => {
    const resource = attributesToRecord(resourceLogs.resource?.attributes);
    return (resourceLogs.scopeLogs ?? []).flatMap((scopeLogs) =>
      (scopeLogs.logRecords ?? []).map((record): ReceivedLogRecord => {
        const traceId = idToHex(record.traceId);
        const spanId = idToHex(record.spanId);
        return {
          time: Math.round(longToNumber(record.timeUnixNano) / 1e6),
          severityNumber: record.severityNumber ?? 0,
          severityText: record.severityText ?? '',
          body: anyValueToJs(record.body),
          attributes: attributesToRecord(record.attributes),
          ...(traceId ? { traceId } : {}),
          ...(spanId ? { spanId } : {}),
          resource,
          scope: scopeLogs.scope?.name ?? '',
        };
      }),
    );
  });
}

function dataPointsOf(metric: OtlpMetric): ReceivedDataPoint[] {
  const numberPoint = (point: OtlpNumberDataPoint): ReceivedDataPoint => ({
    attributes: attributesToRecord(point.attributes),
    value: point.asDouble ?? longToNumber(point.asInt),
  });
  const histogramPoint = (point: OtlpHistogramDataPoint): ReceivedDataPoint => ({
    attributes: attributesToRecord(point.attributes),
    count: longToNumber(point.count),
    sum: point.sum ?? 0,
  });
  return [
    ...(metric.sum?.dataPoints ?? []).map(numberPoint),
    ...(metric.gauge?.dataPoints ?? []).map(numberPoint),
    ...(metric.histogram?.dataPoints ?? []).map(histogramPoint),
  ];
}

function describeSpans(spans: ReceivedSpan[]): string {
  return `spans; received ${spans.length}: ${spans
    .slice(-20)
    .map((span) => span.name)
    .join(', ')}`;
}

function describeLogs(logs: ReceivedLogRecord[]): string {
  return `log records; received ${logs.length}: ${logs
    .slice(-20)
    .map((record) => String(record.body))
    .join(', ')}`;
}
