import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { FetchInstrumentation } from '@opentelemetry/instrumentation-fetch';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, WebTracerProvider } from '@opentelemetry/sdk-trace-web';
import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals';
import { reportPage } from './page-telemetry';

export interface BrowserTelemetryConfig {
  /** The collector's OTLP/HTTP base URL (`http://localhost:4318`); spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
  serviceVersion: string;
}

/** Span attribute names of a web vital, after the OpenTelemetry browser conventions in the making. */
export const WEB_VITAL_ATTRIBUTES = {
  name: 'web_vital.name',
  value: 'web_vital.value',
  rating: 'web_vital.rating',
  id: 'web_vital.id',
  navigationType: 'web_vital.navigation_type',
  path: 'url.path',
} as const;

let started = false;

/**
 * Browser tracing: a span for every fetch (the server actions and the router's page requests), whose
 * `traceparent` the Next server hands on to the gateway, so a click and what it causes in the services
 * are one trace; one span per web vital (LCP, INP, CLS, FCP, TTFB); and the page's own spans (`reportPage`).
 * Exported as OTLP/HTTP JSON.
 */
export function startBrowserTelemetry(config: BrowserTelemetryConfig): void {
  if (started) return;
  started = true;
  const endpoint = config.endpoint.replace(/\/$/, '');
  const provider = new WebTracerProvider({
    resource: resourceFromAttributes({
      'service.name': config.serviceName,
      'service.version': config.serviceVersion,
      'telemetry.sdk.language': 'webjs',
    }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }), { scheduledDelayMillis: 1000 }),
    ],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new FetchInstrumentation({
        // The exporter's own requests would otherwise trace themselves forever.
        ignoreUrls: [new RegExp(`^${endpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)],
        clearTimingResources: true,
      }),
    ],
  });

  reportPage(provider.getTracer('storefront-web'));

  const tracer = provider.getTracer('storefront-web-vitals');
  const report = (metric: Metric) => {
    const span = tracer.startSpan(`web-vital ${metric.name}`, {
      attributes: {
        [WEB_VITAL_ATTRIBUTES.name]: metric.name,
        [WEB_VITAL_ATTRIBUTES.value]: metric.value,
        [WEB_VITAL_ATTRIBUTES.rating]: metric.rating,
        [WEB_VITAL_ATTRIBUTES.id]: metric.id,
        [WEB_VITAL_ATTRIBUTES.navigationType]: metric.navigationType,
        [WEB_VITAL_ATTRIBUTES.path]: window.location.pathname,
      },
    });
    span.end();
  };
  onLCP(report);
  onINP(report);
  onCLS(report);
  onFCP(report);
  onTTFB(report);
  // LCP, INP and CLS are final only when the page is hidden: send them before it may be discarded.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void provider.forceFlush();
  });
}
