import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  propagation,
  ROOT_CONTEXT,
  trace,
  type TextMapPropagator,
} from '@opentelemetry/api';
import { AWSXRayIdGenerator } from '@opentelemetry/id-generator-aws-xray';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { testMeter } from '@shop/testing';
import { buildSdkConfiguration } from './sdk-configuration';
import type { TelemetryOptions } from './telemetry-options';

const production: TelemetryOptions = {
  serviceName: 'catalog',
  serviceVersion: '1.2.3',
  environment: 'production',
  otlpEndpoint: 'http://127.0.0.1:4317',
  sampleRatio: 0.25,
  disabled: false,
  metricExportIntervalMs: 15000,
};

describe(buildSdkConfiguration.name, () => {
  const configuration = buildSdkConfiguration(production);
  const gatewayConfiguration = buildSdkConfiguration({ ...production, injectXRayHeader: false });

  it('batches spans in production (never one export per span)', () => {
    expect(configuration.spanProcessors).toHaveLength(1);
    expect(configuration.spanProcessors?.[0]).toBeInstanceOf(BatchSpanProcessor);
  });

  it('describes the service in the resource', () => {
    expect(configuration.resource?.attributes).toEqual({
      'service.name': 'catalog',
      'service.version': '1.2.3',
      'deployment.environment.name': 'production',
    });
  });

  it('samples new traces by the configured ratio and follows a parent decision', () => {
    expect(configuration.sampler?.toString()).toMatch(/^ParentBased\{root=TraceIdRatioBased\{0\.25\}/);
  });

  it('makes X-Ray compatible trace ids (epoch seconds first)', () => {
    expect(configuration.idGenerator).toBeInstanceOf(AWSXRayIdGenerator);
    const traceId = configuration.idGenerator?.generateTraceId() ?? '';
    const seconds = parseInt(traceId.slice(0, 8), 16);
    expect(Math.abs(seconds - Date.now() / 1000)).toBeLessThan(60);
  });

  it('propagates W3C trace context, baggage and X-Ray headers', () => {
    expect(configuration.textMapPropagator?.fields()).toEqual(
      expect.arrayContaining(['traceparent', 'tracestate', 'baggage', 'x-amzn-trace-id']),
    );
  });

  it('continues a traceparent over an X-Amzn-Trace-Id when a request carries both', () => {
    const propagator = configuration.textMapPropagator;
    if (!propagator) throw new Error('no propagator');
    const carrier = {
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
    };
    const extracted = propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
    expect(trace.getSpanContext(extracted)?.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('continues an X-Amzn-Trace-Id with Root and Parent', () => {
    const propagator = configuration.textMapPropagator;
    if (!propagator) throw new Error('no propagator');
    const carrier = { 'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1' };
    const extracted = propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
    expect(trace.getSpanContext(extracted)).toMatchObject({
      traceId: '5759e988bd862e3fe1be46a994272793',
      spanId: '53995c3f42cd8ad8',
    });
  });

  it('writes an X-Amzn-Trace-Id on outgoing requests unless told the process writes its own', () => {
    const span = trace.wrapSpanContext({
      traceId: '5759e988bd862e3fe1be46a994272793',
      spanId: '53995c3f42cd8ad8',
      traceFlags: 1,
    });
    const injected = (propagator: TextMapPropagator | null | undefined) => {
      const carrier: Record<string, string> = {};
      propagator?.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
      return carrier;
    };
    expect(injected(configuration.textMapPropagator)).toEqual({
      'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
      traceparent: '00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01',
    });
    expect(injected(gatewayConfiguration.textMapPropagator)).toEqual({
      traceparent: '00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01',
    });
  });

  it('still continues an incoming X-Amzn-Trace-Id when it writes none', () => {
    const propagator = gatewayConfiguration.textMapPropagator;
    const carrier = { 'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1' };
    const extracted = propagator?.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
    expect(extracted && trace.getSpanContext(extracted)?.traceId).toBe('5759e988bd862e3fe1be46a994272793');
  });

  it('instruments HTTP, mysql2, the AWS SDK, undici and the Node runtime', () => {
    const names = (configuration.instrumentations ?? [])
      .flat()
      .map((instrumentation) => instrumentation.instrumentationName);
    expect(names).toEqual(
      expect.arrayContaining([
        '@opentelemetry/instrumentation-http',
        '@opentelemetry/instrumentation-mysql2',
        '@opentelemetry/instrumentation-aws-sdk',
        '@opentelemetry/instrumentation-undici',
        '@opentelemetry/instrumentation-runtime-node',
      ]),
    );
  });

  it('exports metrics periodically and batches log records (never one export per line)', () => {
    expect(configuration.metricReaders).toHaveLength(1);
    expect(configuration.logRecordProcessors).toHaveLength(1);
    expect(configuration.logRecordProcessors?.[0]).toBeInstanceOf(BatchLogRecordProcessor);
  });

  it('drops the HTTP instrumentation’s server duration histogram and keeps every other instrument', async () => {
    const { provider, collect } = testMeter({ views: [...(configuration.views ?? [])] });
    const instrumentation = provider.getMeter('@opentelemetry/instrumentation-http');
    instrumentation.createHistogram('http.server.request.duration').record(0.01);
    instrumentation.createHistogram('http.client.request.duration').record(0.01);
    provider.getMeter('@shop/observability').createHistogram('http.server.request.duration').record(0.01);

    const kept = (await collect()).map(({ scope, metric }) => `${scope} ${metric.descriptor.name}`);
    expect(kept.sort()).toEqual([
      '@opentelemetry/instrumentation-http http.client.request.duration',
      '@shop/observability http.server.request.duration',
    ]);
    await provider.shutdown();
  });

  afterAll(async () => {
    for (const built of [configuration, gatewayConfiguration]) {
      for (const instrumentation of (built.instrumentations ?? []).flat()) instrumentation.disable();
      await built.spanProcessors?.[0]?.shutdown();
      await built.metricReaders?.[0]?.shutdown();
      await built.logRecordProcessors?.[0]?.shutdown();
    }
    propagation.disable();
    context.disable();
  });
});
