/** What a service's entry point passes to `startTelemetry`, usually straight from its validated OTEL_* settings. */
export interface TelemetryOptions {
  serviceName: string;
  serviceVersion: string;
  environment: 'development' | 'test' | 'production';
  /** OTLP/gRPC collector, e.g. `http://localhost:4317` (the ADOT sidecar in AWS). */
  otlpEndpoint: string;
  /** Share of new traces kept (0..1); a sampled parent's decision always wins. */
  sampleRatio: number;
  /** When true nothing is started: no instrumentation patches, no exporters (the benchmark's "off" side). */
  disabled: boolean;
  metricExportIntervalMs: number;
  /**
   * Whether outgoing requests get an `X-Amzn-Trace-Id` from the propagator (default true; `traceparent` they
   * always get). False for the gateway, which writes that header itself as the ALB does.
   */
  injectXRayHeader?: boolean;
}

/** Returned by `startTelemetry`; call `shutdown()` after `app.close()` so the last spans and metrics leave. */
export interface TelemetryHandle {
  shutdown(): Promise<void>;
}
