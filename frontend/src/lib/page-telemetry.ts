import { SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { onFunnelEvent } from './funnel';

/** Span attribute names of a page load, from the browser's navigation timing (milliseconds since it started). */
export const PAGE_LOAD_ATTRIBUTES = {
  navigationType: 'page_load.navigation_type',
  domContentLoaded: 'page_load.dom_content_loaded_ms',
  load: 'page_load.load_ms',
  path: 'url.path',
} as const;

/**
 * What happens on the page, as spans: the document's load (`page-load`), every uncaught error and
 * unhandled rejection (`js-error`, with the exception recorded as an event), and the funnel's steps
 * (`funnel <step>`, attribute `funnel.step`).
 */
export function reportPage(tracer: Tracer): void {
  const reportLoad = () => {
    const navigation = performance
      .getEntriesByType('navigation')
      .find((entry): entry is PerformanceNavigationTiming => entry.entryType === 'navigation');
    const span = tracer.startSpan('page-load', {
      ...(navigation ? { startTime: navigation.startTime } : {}),
      attributes: {
        [PAGE_LOAD_ATTRIBUTES.path]: window.location.pathname,
        ...(navigation
          ? {
              [PAGE_LOAD_ATTRIBUTES.navigationType]: navigation.type,
              [PAGE_LOAD_ATTRIBUTES.domContentLoaded]: navigation.domContentLoadedEventEnd,
              [PAGE_LOAD_ATTRIBUTES.load]: navigation.loadEventEnd,
            }
          : {}),
      },
    });
    span.end(navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : undefined);
  };
  if (document.readyState === 'complete') reportLoad();
  // loadEventEnd is set only once the load event's handlers have run.
  else window.addEventListener('load', () => setTimeout(reportLoad), { once: true });

  const reportError = (reason: unknown, source: 'error' | 'unhandledrejection') => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    const span = tracer.startSpan('js-error', {
      attributes: {
        'exception.type': error.name,
        'exception.message': error.message,
        'error.source': source,
        'url.path': window.location.pathname,
      },
    });
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  };
  window.addEventListener('error', (event) => reportError(event.error ?? event.message, 'error'));
  window.addEventListener('unhandledrejection', (event) => reportError(event.reason, 'unhandledrejection'));

  onFunnelEvent((event) => {
    tracer
      .startSpan(`funnel ${event.step}`, {
        attributes: { 'funnel.step': event.step, 'url.path': window.location.pathname, ...event.attributes },
      })
      .end();
  });
}
