import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { AWSXRayIdGenerator } from '@opentelemetry/id-generator-aws-xray';
import { AwsInstrumentation } from '@opentelemetry/instrumentation-aws-sdk';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { AWSXRayPropagator } from '@opentelemetry/propagator-aws-xray';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { AggregationType, PeriodicExportingMetricReader, type ViewOptions } from '@opentelemetry/sdk-metrics';
import type { NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
} from '@opentelemetry/semantic-conventions';
import { extractOnly } from './extract-only-propagator';
import type { TelemetryOptions } from './telemetry-options';

// A missing or slow collector must never hold a request: exports run in the background and give up after
// this long; the span and log queues are bounded and drop (rather than buffer without end) when the
// collector is away.
const EXPORT_TIMEOUT_MS = 5_000;
const MAX_QUEUED_SPANS = 4_096;
const MAX_QUEUED_LOG_RECORDS = 4_096;

/**
 * The HTTP instrumentation's own server duration histogram repeats `shop.http.server.duration` (HttpServerMetrics,
 * which also counts requests and errors and the requests a client gave up on): dropped, one histogram per request
 * less to keep, export and pay for in CloudWatch.
 */
export const DROPPED_METRICS: readonly ViewOptions[] = [
  {
    meterName: '@opentelemetry/instrumentation-http',
    instrumentName: 'http.server.request.duration',
    aggregation: { type: AggregationType.DROP },
  },
];

/** The NodeSDK configuration `startTelemetry` uses, built without side effects so it can be inspected. */
export function buildSdkConfiguration(options: TelemetryOptions): Partial<NodeSDKConfiguration> {
  return {
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      [ATTR_SERVICE_VERSION]: options.serviceVersion,
      [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: options.environment,
    }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: options.otlpEndpoint, timeoutMillis: EXPORT_TIMEOUT_MS }), {
        maxQueueSize: MAX_QUEUED_SPANS,
        exportTimeoutMillis: EXPORT_TIMEOUT_MS,
      }),
    ],
    views: [...DROPPED_METRICS],
    metricReaders: [
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter({ url: options.otlpEndpoint, timeoutMillis: EXPORT_TIMEOUT_MS }),
        exportIntervalMillis: options.metricExportIntervalMs,
        exportTimeoutMillis: Math.min(EXPORT_TIMEOUT_MS, options.metricExportIntervalMs),
      }),
    ],
    // Every log line also leaves as an OTLP log record: the service logger writes each line to stdout and to
    // the logs API (logging/log-destination.ts).
    logRecordProcessors: [
      new BatchLogRecordProcessor({
        exporter: new OTLPLogExporter({ url: options.otlpEndpoint, timeoutMillis: EXPORT_TIMEOUT_MS }),
        maxQueueSize: MAX_QUEUED_LOG_RECORDS,
        exportTimeoutMillis: EXPORT_TIMEOUT_MS,
      }),
    ],
    idGenerator: new AWSXRayIdGenerator(),
    // Extraction runs in order and the last header found wins: an X-Amzn-Trace-Id added by the load balancer
    // must not replace the traceparent a browser sent, so W3C comes after X-Ray.
    textMapPropagator: new CompositePropagator({
      propagators: [
        options.injectXRayHeader === false ? extractOnly(new AWSXRayPropagator()) : new AWSXRayPropagator(),
        new W3CTraceContextPropagator(),
        new W3CBaggagePropagator(),
      ],
    }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio) }),
    instrumentations: [
      new HttpInstrumentation({
        // A load balancer's header with only a Root (no Parent) starts a new trace here; keeping the
        // header on the server span still joins the trace to the ALB's access log line.
        headersToSpanAttributes: { server: { requestHeaders: ['x-amzn-trace-id', 'x-request-id'] } },
      }),
      new UndiciInstrumentation(),
      // Neither Fastify's instrumentation (a span per hook: noise and cost) nor Nest's (it patches through
      // CommonJS require hooks, and Nest 12 is ES modules): the observability interceptor puts the route
      // template on the HTTP server span and makes the handler span instead.
      new MySQL2Instrumentation(),
      new AwsInstrumentation({ suppressInternalInstrumentation: true }),
      // Default sampling (10 ms) on purpose: the event loop delay gauges stay empty for an export period
      // with fewer than 5 samples, so a coarse precision would hide them at a 15 s export interval.
      new RuntimeNodeInstrumentation(),
    ],
  };
}
