import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-web';
import { reportPage } from './page-telemetry';
import { FUNNEL_STEPS, recordFunnelEvent } from './funnel';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

const spansNamed = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);

beforeAll(() => {
  // jsdom has no navigation timing; a browser's entry for a page loaded in 250 ms.
  Object.defineProperty(performance, 'getEntriesByType', {
    configurable: true,
    value: (type: string) =>
      type === 'navigation'
        ? [
            {
              entryType: 'navigation',
              type: 'navigate',
              startTime: 0,
              domContentLoadedEventEnd: 120,
              loadEventEnd: 250,
            },
          ]
        : [],
  });
  recordFunnelEvent({
    step: FUNNEL_STEPS.productViewed,
    attributes: { 'product.id': 'p-1', 'product.price': '12.50' },
  });
  reportPage(provider.getTracer('test'));
});

afterEach(() => exporter.reset());

describe(reportPage.name, () => {
  it('reports the page load with its timings, and the funnel steps recorded before it started', () => {
    expect(spansNamed('page-load').map((span) => span.attributes)).toEqual([
      {
        'url.path': window.location.pathname,
        'page_load.navigation_type': 'navigate',
        'page_load.dom_content_loaded_ms': 120,
        'page_load.load_ms': 250,
      },
    ]);
    expect(spansNamed('funnel product_viewed').map((span) => span.attributes)).toEqual([
      {
        'funnel.step': 'product_viewed',
        'url.path': window.location.pathname,
        'product.id': 'p-1',
        'product.price': '12.50',
      },
    ]);
  });

  it('turns each later funnel step into a span with its attributes', () => {
    recordFunnelEvent({
      step: FUNNEL_STEPS.orderPlaced,
      attributes: { 'order.id': 'o-1', 'order.total': '25.00', 'order.currency': 'EUR' },
    });

    expect(spansNamed('funnel order_placed').map((span) => span.attributes)).toEqual([
      {
        'funnel.step': 'order_placed',
        'url.path': window.location.pathname,
        'order.id': 'o-1',
        'order.total': '25.00',
        'order.currency': 'EUR',
      },
    ]);
  });

  it('reports an uncaught error as a failed span with the exception', () => {
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('boom'), message: 'boom' }));

    const [span] = spansNamed('js-error');
    expect(span?.attributes).toMatchObject({
      'exception.type': 'TypeError',
      'exception.message': 'boom',
      'error.source': 'error',
    });
    expect(span?.status.code).toBe(2);
    expect(span?.events.map((event) => [event.name, event.attributes?.['exception.message']])).toEqual([
      ['exception', 'boom'],
    ]);
  });

  it('reports an unhandled rejection, even of something that is not an Error', () => {
    window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'no stock' }));

    const [span] = spansNamed('js-error');
    expect(span?.attributes).toMatchObject({
      'exception.type': 'Error',
      'exception.message': 'no stock',
      'error.source': 'unhandledrejection',
    });
  });
});
