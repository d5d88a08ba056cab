import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import {
  JsonLogsSerializer,
  JsonMetricsSerializer,
  JsonTraceSerializer,
  ProtobufLogsSerializer,
  ProtobufMetricsSerializer,
  ProtobufTraceSerializer,
} from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { normalizeLogs } from './normalize-logs';
import { normalizeMetrics } from './normalize-metrics';
import { normalizeTraces } from './normalize-traces';
import { logsSignal, metricsSignal, OtlpDecodeError, tracesSignal } from './otlp-signals';

const resource = resourceFromAttributes({ 'service.name': 'checkout', 'deployment.environment.name': 'test' });
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

/** The SDK's own spans, as its OTLP exporters would serialize them. */
function sdkSpans() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('checkout-tracer');
  const root = tracer.startSpan('POST /orders', {
    kind: SpanKind.SERVER,
    attributes: { 'http.response.status_code': 500, 'shop.items': [1, 2], big: 2 ** 40 },
  });
  const child = tracer.startSpan('publish', { kind: SpanKind.PRODUCER }, trace.setSpan(context.active(), root));
  child.addEvent('retry', { attempt: 2 });
  child.addLink({ context: root.spanContext(), attributes: { why: 'test' } });
  child.end();
  root.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
  root.end();
  return { spans: exporter.getFinishedSpans(), root: root.spanContext(), child: child.spanContext() };
}

class CollectingReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }

  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

describe('OTLP decoding', () => {
  it('gives the same span rows for protobuf and OTLP/JSON (hex ids, string int64s)', () => {
    const { spans, root, child } = sdkSpans();
    const fromProtobuf = normalizeTraces(
      tracesSignal.decodeProtobuf(ProtobufTraceSerializer.serializeRequest(spans) as Uint8Array),
    );
    const fromJson = normalizeTraces(tracesSignal.decodeJson(text(JsonTraceSerializer.serializeRequest(spans))));

    expect(fromJson).toEqual(fromProtobuf);
    expect(fromProtobuf.rejected).toBe(0);
    const [childRow, rootRow] = fromProtobuf.rows;
    expect(rootRow).toMatchObject({
      traceId: root.traceId,
      spanId: root.spanId,
      parentSpanId: null,
      service: 'checkout',
      name: 'POST /orders',
      kind: 2,
      statusCode: 2,
      statusMessage: 'boom',
      httpStatus: 500,
      attributes: JSON.stringify({ 'http.response.status_code': 500, 'shop.items': [1, 2], big: 2 ** 40 }),
      resource: JSON.stringify({ 'service.name': 'checkout', 'deployment.environment.name': 'test' }),
      scope: 'checkout-tracer',
    });
    expect(childRow).toMatchObject({ spanId: child.spanId, parentSpanId: root.spanId, kind: 4, httpStatus: null });
    expect(JSON.parse(childRow?.links ?? '')).toEqual([
      { traceId: root.traceId, spanId: root.spanId, attributes: { why: 'test' } },
    ]);
    expect(JSON.parse(childRow?.events ?? '')).toEqual([
      { name: 'retry', timeUs: expect.any(Number) as unknown, attributes: { attempt: 2 } },
    ]);
    expect(rootRow!.endUs).toBeGreaterThanOrEqual(rootRow!.startUs);
  });

  it('gives the same metric points for protobuf and OTLP/JSON', async () => {
    const reader = new CollectingReader();
    const meter = new MeterProvider({ resource, readers: [reader] }).getMeter('m');
    meter.createCounter('orders').add(4, { b: '2', a: '1' });
    meter.createUpDownCounter('carts.open').add(-2);
    meter.createGauge('stock').record(7.5);
    meter.createHistogram('latency', { unit: 's', advice: { explicitBucketBoundaries: [1, 2] } }).record(1.5);
    const { resourceMetrics } = await reader.collect();

    const fromProtobuf = normalizeMetrics(
      metricsSignal.decodeProtobuf(ProtobufMetricsSerializer.serializeRequest(resourceMetrics) as Uint8Array),
    );
    const fromJson = normalizeMetrics(
      metricsSignal.decodeJson(text(JsonMetricsSerializer.serializeRequest(resourceMetrics))),
    );

    expect(fromJson).toEqual(fromProtobuf);
    const byName = Object.fromEntries(fromProtobuf.rows.map((row) => [row.name, row]));
    expect(byName.orders).toMatchObject({
      kind: 'counter',
      cumulative: true,
      value: 4,
      attributes: '{"a":"1","b":"2"}',
    });
    expect(byName['carts.open']).toMatchObject({ kind: 'updown', cumulative: false, value: -2 });
    expect(byName.stock).toMatchObject({ kind: 'gauge', cumulative: false, value: 7.5 });
    expect(byName.latency).toMatchObject({
      kind: 'histogram',
      unit: 's',
      cumulative: true,
      value: 1.5,
      count: 1,
      bounds: [1, 2],
      bucketCounts: [0, 1, 0],
      min: 1.5,
      max: 1.5,
    });
  });

  it('gives the same log rows for protobuf and OTLP/JSON', () => {
    const exporter = new InMemoryLogRecordExporter();
    const logger = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter })] }).getLogger(
      'l',
    );
    const { spans, child } = sdkSpans();
    logger.emit({
      severityNumber: SeverityNumber.WARN,
      severityText: 'WARNING',
      body: 'low stock',
      attributes: { sku: 'A' },
    });
    logger.emit({
      severityNumber: SeverityNumber.ERROR2,
      body: { code: 42 },
      context: trace.setSpan(context.active(), trace.wrapSpanContext(child)),
    });
    const records = exporter.getFinishedLogRecords();

    const fromProtobuf = normalizeLogs(
      logsSignal.decodeProtobuf(ProtobufLogsSerializer.serializeRequest(records) as Uint8Array),
      1,
    );
    const fromJson = normalizeLogs(logsSignal.decodeJson(text(JsonLogsSerializer.serializeRequest(records))), 1);

    expect(fromJson).toEqual(fromProtobuf);
    expect(spans).toHaveLength(2);
    expect(fromProtobuf.rows).toEqual([
      expect.objectContaining({
        severityNumber: 13,
        severityText: 'warn',
        body: 'low stock',
        traceId: null,
        attributes: '{"sku":"A"}',
      }),
      expect.objectContaining({
        severityNumber: 18,
        severityText: 'error',
        body: '{"code":42}',
        traceId: child.traceId,
        spanId: child.spanId,
      }),
    ]);
    expect(fromProtobuf.rows[0]!.timeUs).toBeGreaterThan(1);
  });

  it('rejects spans with ids that are not hex, of the wrong length, or all zeros, and keeps the rest', () => {
    const spanWith = (traceId: string, spanId: string, parentSpanId?: string) => ({
      traceId,
      spanId,
      ...(parentSpanId === undefined ? {} : { parentSpanId }),
      name: 's',
      startTimeUnixNano: '1000',
      endTimeUnixNano: 2000,
    });
    const request = tracesSignal.decodeJson(
      JSON.stringify({
        resourceSpans: [
          {
            scopeSpans: [
              {
                spans: [
                  spanWith('0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203331', ''),
                  spanWith('not hex', 'b7ad6b7169203331'),
                  spanWith('0af7651916cd43dd8448eb211c80319c', '00000000000000'),
                  spanWith('00000000000000000000000000000000', 'b7ad6b7169203331'),
                  spanWith('0af7651916cd43dd8448eb211c80319c', 'b7ad6b7169203332', 'xyz'),
                ],
              },
            ],
          },
        ],
      }),
    );
    const normalized = normalizeTraces(request);
    expect(normalized.rows).toEqual([
      expect.objectContaining({
        spanId: 'b7ad6b7169203331',
        parentSpanId: null,
        service: 'unknown_service',
        startUs: 1,
        endUs: 2,
      }),
    ]);
    expect(normalized.rejected).toBe(4);
    expect(normalized.errorMessage).toBe('invalid trace id; invalid span id; invalid parent span id');
  });

  it('counts exponential histogram and summary points as rejected', () => {
    const request = metricsSignal.decodeJson(
      JSON.stringify({
        resourceMetrics: [
          {
            scopeMetrics: [
              {
                metrics: [
                  { name: 'e', exponentialHistogram: { dataPoints: [{ count: '1' }, { count: '2' }] } },
                  { name: 's', summary: { dataPoints: [{ count: '1' }] } },
                  { name: 'g', gauge: { dataPoints: [{ asInt: '3', timeUnixNano: '5000' }] } },
                ],
              },
            ],
          },
        ],
      }),
    );
    const normalized = normalizeMetrics(request);
    expect(normalized.rows).toEqual([expect.objectContaining({ name: 'g', kind: 'gauge', value: 3, timeUs: 5 })]);
    expect(normalized.rejected).toBe(3);
    expect(normalized.errorMessage).toBe('exponential histograms are not supported; summaries are not supported');
  });

  it('encodes partial success so that the SDK reads it back, and nothing when all was taken', () => {
    const outcome = { rejected: 2, errorMessage: 'invalid trace id' };
    expect(ProtobufTraceSerializer.deserializeResponse(tracesSignal.encodeResponse(outcome))).toEqual({
      partialSuccess: { rejectedSpans: 2, errorMessage: 'invalid trace id' },
    });
    expect(ProtobufMetricsSerializer.deserializeResponse(metricsSignal.encodeResponse(outcome)).partialSuccess).toEqual(
      { rejectedDataPoints: 2, errorMessage: 'invalid trace id' },
    );
    expect(ProtobufLogsSerializer.deserializeResponse(logsSignal.encodeResponse(outcome)).partialSuccess).toEqual({
      rejectedLogRecords: 2,
      errorMessage: 'invalid trace id',
    });
    expect(tracesSignal.encodeResponse({ rejected: 0, errorMessage: '' })).toHaveLength(0);
    expect(logsSignal.responseJson(outcome)).toEqual({
      partialSuccess: { rejectedLogRecords: '2', errorMessage: 'invalid trace id' },
    });
  });

  it('throws OtlpDecodeError for bodies that are not export requests', () => {
    expect(() => tracesSignal.decodeProtobuf(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f))).toThrow(
      OtlpDecodeError,
    );
    expect(() => logsSignal.decodeJson('[1]')).toThrow('A logs export request must be a JSON object');
    expect(() => metricsSignal.decodeJson('{"resourceMetrics": {}}')).toThrow(OtlpDecodeError);
    expect(() => metricsSignal.decodeJson('{')).toThrow('Not JSON');
  });
});
