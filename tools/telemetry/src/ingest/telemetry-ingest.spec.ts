import { DatabaseSync } from 'node:sqlite';
import { logsSignal, metricsSignal, tracesSignal } from '../otlp/otlp-signals';
import { SCHEMA } from '../store/schema';
import { TelemetryIngest } from './telemetry-ingest';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const ROOT = '00000000000000a1';
const CHILD = '00000000000000b2';
const GRANDCHILD = '00000000000000c3';

const resource = (service: string) => ({ attributes: [{ key: 'service.name', value: { stringValue: service } }] });

function spanBatch(
  service: string,
  spans: { spanId: string; parent?: string; start: number; end: number; error?: boolean }[],
) {
  return tracesSignal.decodeJson(
    JSON.stringify({
      resourceSpans: [
        {
          resource: resource(service),
          scopeSpans: [
            {
              spans: spans.map((span) => ({
                traceId: TRACE,
                spanId: span.spanId,
                parentSpanId: span.parent ?? '',
                name: `${service} work`,
                kind: 2,
                startTimeUnixNano: `${span.start}000`,
                endTimeUnixNano: `${span.end}000`,
                attributes: [{ key: 'http.response.status_code', value: { intValue: '200' } }],
                status: { code: span.error ? 2 : 0 },
              })),
            },
          ],
        },
      ],
    }),
  );
}

interface PointSpec {
  start: number;
  time: number;
  value?: number;
  count?: number;
  sum?: number;
  buckets?: number[];
}

function metricBatch(metric: Record<string, unknown>) {
  return metricsSignal.decodeJson(
    JSON.stringify({ resourceMetrics: [{ resource: resource('cart'), scopeMetrics: [{ metrics: [metric] }] }] }),
  );
}

const numberPoint = (point: PointSpec) => ({
  startTimeUnixNano: `${point.start}000`,
  timeUnixNano: `${point.time}000`,
  asDouble: point.value,
  attributes: [{ key: 'route', value: { stringValue: '/cart' } }],
});

const sum = (points: PointSpec[], temporality: 1 | 2, isMonotonic = true) => ({
  name: isMonotonic ? 'requests' : 'open.carts',
  unit: '1',
  sum: { aggregationTemporality: temporality, isMonotonic, dataPoints: points.map(numberPoint) },
});

const histogram = (points: PointSpec[]) => ({
  name: 'duration',
  unit: 's',
  histogram: {
    aggregationTemporality: 2,
    dataPoints: points.map((point) => ({
      startTimeUnixNano: `${point.start}000`,
      timeUnixNano: `${point.time}000`,
      count: String(point.count),
      sum: point.sum,
      bucketCounts: point.buckets?.map(String),
      explicitBounds: [0.1, 1],
      min: 0.05,
      max: 2,
    })),
  },
});

describe('TelemetryIngest', () => {
  let database: DatabaseSync;
  let ingest: TelemetryIngest;
  const rows = (sql: string) => database.prepare(sql).all();

  beforeEach(() => {
    database = new DatabaseSync(':memory:');
    database.exec(SCHEMA);
    ingest = new TelemetryIngest(database, () => 42);
  });

  afterEach(() => database.close());

  it('keeps one traces row per trace up to date as its spans arrive, counting re-sent spans once', () => {
    ingest.traces(spanBatch('order', [{ spanId: CHILD, parent: ROOT, start: 200, end: 900, error: true }]));
    expect(rows('SELECT root_name, span_count, error_count, services FROM traces')).toEqual([
      { root_name: null, span_count: 1, error_count: 1, services: '["order"]' },
    ]);

    ingest.traces(spanBatch('gateway', [{ spanId: ROOT, start: 100, end: 1000 }]));
    ingest.traces(spanBatch('order', [{ spanId: CHILD, parent: ROOT, start: 200, end: 900, error: true }]));
    ingest.traces(spanBatch('inventory', [{ spanId: GRANDCHILD, parent: CHILD, start: 300, end: 1500 }]));

    expect(rows('SELECT * FROM traces')).toEqual([
      {
        trace_id: TRACE,
        start_us: 100,
        end_us: 1500,
        root_service: 'gateway',
        root_name: 'gateway work',
        root_http_status: 200,
        span_count: 3,
        error_count: 1,
        services: '["gateway","inventory","order"]',
        root_kind: 2,
        background: 0,
      },
    ]);
    expect(rows('SELECT span_id, parent_span_id, duration_us FROM spans ORDER BY start_us')).toEqual([
      { span_id: ROOT, parent_span_id: null, duration_us: 900 },
      { span_id: CHILD, parent_span_id: ROOT, duration_us: 700 },
      { span_id: GRANDCHILD, parent_span_id: CHILD, duration_us: 1200 },
    ]);
  });

  it.each([
    ['a backend service’s internal span (a sweeper)', 1, 'cart', 'nodejs', 1],
    ['a server span', 0, 'order', 'nodejs', 2],
    ['a consumer span', 0, 'inventory', 'nodejs', 5],
    ['a backend service’s producer span (an event no request led to: the seed’s)', 1, 'catalog', 'nodejs', 4],
    ['a backend service’s client span (a script calling out)', 0, 'catalog', 'nodejs', 3],
    ['a browser’s internal span (a page load)', 0, 'storefront-web', 'webjs', 1],
    ['a browser’s client span (a fetch)', 0, 'storefront-web', 'webjs', 3],
    ['an internal span of a resource without an SDK language', 1, 'cart', undefined, 1],
  ])('marks a trace whose root is %s with background = %d', (_root, background, service, language, kind) => {
    const rootBatch = (spans: object[]) =>
      tracesSignal.decodeJson(
        JSON.stringify({
          resourceSpans: [
            {
              resource: {
                attributes: [
                  { key: 'service.name', value: { stringValue: service } },
                  ...(language ? [{ key: 'telemetry.sdk.language', value: { stringValue: language } }] : []),
                ],
              },
              scopeSpans: [{ spans }],
            },
          ],
        }),
      );
    const span = (spanId: string, parentSpanId: string) => ({
      traceId: TRACE,
      spanId,
      parentSpanId,
      name: 'work',
      kind,
      startTimeUnixNano: '100000',
      endTimeUnixNano: '200000',
    });
    // A child that arrives first leaves the trace unmarked until its root comes; a later child keeps the mark.
    ingest.traces(rootBatch([span(CHILD, ROOT)]));
    expect(rows('SELECT root_kind, background FROM traces')).toEqual([{ root_kind: null, background: null }]);
    ingest.traces(rootBatch([span(ROOT, '')]));
    ingest.traces(rootBatch([span(GRANDCHILD, CHILD)]));
    expect(rows('SELECT root_kind, background FROM traces')).toEqual([{ root_kind: kind, background }]);
  });

  it('stores cumulative counters as deltas, counting from zero after a restart (new start time) or a reset', () => {
    ingest.metrics(metricBatch(sum([{ start: 1, time: 10, value: 5 }], 2)));
    ingest.metrics(metricBatch(sum([{ start: 1, time: 20, value: 8 }], 2)));
    ingest.metrics(metricBatch(sum([{ start: 1, time: 30, value: 12 }], 2)));
    ingest.metrics(metricBatch(sum([{ start: 35, time: 40, value: 3 }], 2)));
    ingest.metrics(metricBatch(sum([{ start: 35, time: 50, value: 1 }], 2)));

    expect(rows(`SELECT kind, time_us, value, attributes FROM metric_points ORDER BY time_us`)).toEqual(
      [5, 3, 4, 3, 1].map((value, index) => ({
        kind: 'counter',
        time_us: (index + 1) * 10,
        value,
        attributes: '{"route":"/cart"}',
      })),
    );
  });

  it('stores delta counters, up-down counters and gauges as they come', () => {
    ingest.metrics(metricBatch(sum([{ start: 1, time: 10, value: 4 }], 1)));
    ingest.metrics(metricBatch(sum([{ start: 10, time: 20, value: 4 }], 1)));
    ingest.metrics(metricBatch(sum([{ start: 1, time: 10, value: 7 }], 2, false)));
    ingest.metrics(metricBatch(sum([{ start: 1, time: 20, value: 6 }], 2, false)));

    expect(rows('SELECT name, kind, value FROM metric_points ORDER BY name, time_us')).toEqual([
      { name: 'open.carts', kind: 'updown', value: 7 },
      { name: 'open.carts', kind: 'updown', value: 6 },
      { name: 'requests', kind: 'counter', value: 4 },
      { name: 'requests', kind: 'counter', value: 4 },
    ]);
  });

  it('stores cumulative histograms as deltas of count, sum and buckets', () => {
    ingest.metrics(metricBatch(histogram([{ start: 1, time: 10, count: 2, sum: 3, buckets: [1, 1, 0] }])));
    ingest.metrics(metricBatch(histogram([{ start: 1, time: 20, count: 5, sum: 10, buckets: [2, 2, 1] }])));
    ingest.metrics(metricBatch(histogram([{ start: 25, time: 30, count: 1, sum: 0.5, buckets: [0, 1, 0] }])));

    expect(rows('SELECT count, value, bucket_counts, bounds, min, max FROM metric_points ORDER BY time_us')).toEqual([
      { count: 2, value: 3, bucket_counts: '[1,1,0]', bounds: '[0.1,1]', min: 0.05, max: 2 },
      { count: 3, value: 7, bucket_counts: '[1,1,1]', bounds: '[0.1,1]', min: 0.05, max: 2 },
      { count: 1, value: 0.5, bucket_counts: '[0,1,0]', bounds: '[0.1,1]', min: 0.05, max: 2 },
    ]);
  });

  it('stores log records with their levels, ids and bodies', () => {
    const outcome = ingest.logs(
      logsSignal.decodeJson(
        JSON.stringify({
          resourceLogs: [
            {
              resource: resource('catalog'),
              scopeLogs: [
                {
                  logRecords: [
                    {
                      observedTimeUnixNano: '7000',
                      severityText: 'WARN',
                      body: { stringValue: 'slow' },
                      traceId: TRACE,
                      spanId: ROOT,
                    },
                    { severityNumber: 21, body: { kvlistValue: { values: [{ key: 'a', value: { intValue: 1 } }] } } },
                    { traceId: 'abc', body: { stringValue: 'bad id' } },
                  ],
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(outcome).toEqual({ rejected: 1, errorMessage: 'invalid trace id' });
    expect(
      rows(
        'SELECT time_us, severity_number, severity_text, body, trace_id, span_id FROM logs ORDER BY severity_number',
      ),
    ).toEqual([
      { time_us: 7, severity_number: 13, severity_text: 'warn', body: 'slow', trace_id: TRACE, span_id: ROOT },
      { time_us: 42, severity_number: 21, severity_text: 'fatal', body: '{"a":1}', trace_id: null, span_id: null },
    ]);
  });
});
