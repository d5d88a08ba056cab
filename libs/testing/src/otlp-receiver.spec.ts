import { context, trace, TraceFlags, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startOtlpReceiver, type OtlpReceiver } from './otlp-receiver';

describe(startOtlpReceiver.name, () => {
  let receiver: OtlpReceiver;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });

  afterAll(async () => {
    await receiver.stop();
  });

  it('decodes the spans the SDK exports over OTLP/gRPC, with their ids in hex', async () => {
    const provider = new BasicTracerProvider({
      spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url: receiver.endpoint }))],
    });
    const parent = trace.setSpanContext(context.active(), {
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
    const span = provider
      .getTracer('test')
      .startSpan(
        'GET /api/things/:id',
        { kind: SpanKind.SERVER, attributes: { 'http.route': '/api/things/:id', 'http.response.status_code': 200 } },
        parent,
      );
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'INTERNAL' });
    span.end();
    await provider.forceFlush();

    const [received] = await receiver.waitForSpans((spans) =>
      spans.some((candidate) => candidate.name === 'GET /api/things/:id'),
    );
    expect(received?.resource['service.name']).toEqual(expect.any(String));
    expect(received).toEqual({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: span.spanContext().spanId,
      parentSpanId: 'b7ad6b7169203331',
      name: 'GET /api/things/:id',
      kind: 2,
      attributes: { 'http.route': '/api/things/:id', 'http.response.status_code': 200 },
      status: { code: 2, message: 'INTERNAL' },
      resource: received?.resource,
      scope: 'test',
    });
    await provider.shutdown();
  });

  it('decodes exported metrics with their data point attributes', async () => {
    const reader = new PeriodicExportingMetricReader({
      exporter: new OTLPMetricExporter({ url: receiver.endpoint }),
      exportIntervalMillis: 60_000,
    });
    const provider = new MeterProvider({ readers: [reader] });
    const meter = provider.getMeter('test');
    meter.createCounter('test.requests').add(3, { 'http.route': '/a' });
    meter.createHistogram('test.duration', { unit: 's' }).record(0.25, { 'http.route': '/a' });
    await reader.forceFlush();

    const counter = await receiver.waitForMetric('test.requests');
    expect(counter.dataPoints).toEqual([{ attributes: { 'http.route': '/a' }, value: 3 }]);
    const histogram = await receiver.waitForMetric('test.duration');
    expect(histogram).toMatchObject({
      unit: 's',
      dataPoints: [{ attributes: { 'http.route': '/a' }, count: 1, sum: 0.25 }],
    });
    await provider.shutdown();
  });

  it('decodes exported log records with their trace context, body and attributes', async () => {
    const provider = new LoggerProvider({
      processors: [new SimpleLogRecordProcessor({ exporter: new OTLPLogExporter({ url: receiver.endpoint }) })],
    });
    const time = Date.parse('2026-01-02T03:04:05.678Z');
    provider.getLogger('test').emit({
      timestamp: time,
      severityNumber: SeverityNumber.WARN,
      severityText: 'warn',
      body: 'stock is low',
      attributes: { sku: 'RED-SHOE-42', available: 3 },
      context: trace.setSpanContext(context.active(), {
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        traceFlags: TraceFlags.SAMPLED,
      }),
    });
    await provider.forceFlush();

    const [received] = await receiver.waitForLogs((logs) => logs.some((record) => record.body === 'stock is low'));
    expect(received).toEqual({
      time,
      severityNumber: 13,
      severityText: 'warn',
      body: 'stock is low',
      attributes: { sku: 'RED-SHOE-42', available: 3 },
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      resource: received?.resource,
      scope: 'test',
    });
    expect(received?.resource['service.name']).toEqual(expect.any(String));
    await provider.shutdown();
  });
});
