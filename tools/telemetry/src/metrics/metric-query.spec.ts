import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { listMetrics } from './metric-catalog';
import { type MetricQuery, MetricQueryError, queryMetric } from './metric-query';

// 2027-01-15T06:00:00Z, a whole number of minutes.
const T0 = 1_799_992_800_000_000;
const S = 1_000_000;

interface PointFixture {
  name: string;
  kind: 'counter' | 'updown' | 'gauge' | 'histogram';
  unit?: string;
  service?: string;
  attributes?: Record<string, string | number | boolean>;
  atSeconds: number;
  value: number;
  count?: number;
  bounds?: number[];
  buckets?: number[];
  min?: number;
  max?: number;
}

function insert(db: DatabaseSync, point: PointFixture): void {
  db.prepare(
    `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value, count, bounds, bucket_counts, min, max)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    point.name,
    point.service ?? 'order',
    point.kind,
    point.unit ?? '1',
    JSON.stringify(point.attributes ?? {}),
    T0 + point.atSeconds * S,
    point.value,
    point.count ?? null,
    point.bounds ? JSON.stringify(point.bounds) : null,
    point.buckets ? JSON.stringify(point.buckets) : null,
    point.min ?? null,
    point.max ?? null,
  );
}

function valuesOf(db: DatabaseSync, query: Partial<MetricQuery> & Pick<MetricQuery, 'name' | 'stat'>) {
  const result = queryMetric(db, { periodSeconds: 60, fromUs: T0, toUs: T0 + 180 * S, ...query });
  return result.series.map((series) => ({ labels: series.labels, values: series.points.map((point) => point.value) }));
}

let db: DatabaseSync;

beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec(SCHEMA);
  const requests = { name: 'shop.http.server.requests', kind: 'counter' as const, unit: '{request}' };
  insert(db, {
    ...requests,
    attributes: { 'http.route': '/a', 'http.response.status_code': 200 },
    atSeconds: 10,
    value: 2,
  });
  insert(db, {
    ...requests,
    attributes: { 'http.route': '/a', 'http.response.status_code': 500 },
    atSeconds: 50,
    value: 3,
  });
  insert(db, {
    ...requests,
    attributes: { 'http.route': '/a', 'http.response.status_code': 200 },
    atSeconds: 70,
    value: 5,
  });
  insert(db, { ...requests, service: 'cart', attributes: { 'http.route': '/b' }, atSeconds: 20, value: 4 });
  const depth = { name: 'shop.messaging.queue.depth', kind: 'gauge' as const };
  insert(db, { ...depth, attributes: { queue: 'a' }, atSeconds: 10, value: 4 });
  insert(db, { ...depth, attributes: { queue: 'a' }, atSeconds: 40, value: 6 });
  insert(db, { ...depth, attributes: { queue: 'b' }, atSeconds: 30, value: 10 });
  const duration = { name: 'shop.http.server.duration', kind: 'histogram' as const, unit: 's', bounds: [0.1, 0.5, 1] };
  insert(db, { ...duration, atSeconds: 5, value: 2, count: 10, buckets: [5, 3, 2, 0], min: 0.02, max: 0.9 });
  insert(db, { ...duration, atSeconds: 45, value: 6, count: 10, buckets: [0, 4, 4, 2], min: 0.2, max: 2.5 });
});

describe('queryMetric on a counter (deltas)', () => {
  it.each([
    ['sum', [9, 5, null]],
    ['rate', [9 / 60, 5 / 60, null]],
    ['count', [3, 1, null]],
    ['avg', [3, 5, null]],
    ['min', [2, 5, null]],
    ['max', [4, 5, null]],
    ['p50', [3, 5, null]],
  ] as const)('%s per minute', (stat, expected) => {
    expect(valuesOf(db, { name: 'shop.http.server.requests', stat })).toEqual([{ labels: {}, values: expected }]);
  });

  it('splits series by attribute and by service', () => {
    expect(
      valuesOf(db, { name: 'shop.http.server.requests', stat: 'sum', groupBy: ['service', 'http.route'] }),
    ).toEqual([
      { labels: { service: 'order', 'http.route': '/a' }, values: [5, 5, null] },
      { labels: { service: 'cart', 'http.route': '/b' }, values: [4, null, null] },
    ]);
  });

  it('labels points without the attribute with an empty value', () => {
    expect(
      valuesOf(db, { name: 'shop.http.server.requests', stat: 'sum', groupBy: ['http.response.status_code'] }),
    ).toEqual([
      { labels: { 'http.response.status_code': '200' }, values: [2, 5, null] },
      { labels: { 'http.response.status_code': '' }, values: [4, null, null] },
      { labels: { 'http.response.status_code': '500' }, values: [3, null, null] },
    ]);
  });

  it('keeps only points with the given attribute values, numbers compared as text', () => {
    expect(
      valuesOf(db, { name: 'shop.http.server.requests', stat: 'sum', where: { 'http.response.status_code': '500' } }),
    ).toEqual([{ labels: {}, values: [3, null, null] }]);
    expect(valuesOf(db, { name: 'shop.http.server.requests', stat: 'sum', service: 'cart' })).toEqual([
      { labels: {}, values: [4, null, null] },
    ]);
  });
});

describe('queryMetric on a gauge (levels)', () => {
  it.each([
    // sum: the last level of each series (6 for a, 10 for b).
    ['sum', [16, null, null]],
    ['avg', [20 / 3, null, null]],
    ['min', [4, null, null]],
    ['max', [10, null, null]],
    ['count', [3, null, null]],
  ] as const)('%s per minute', (stat, expected) => {
    expect(valuesOf(db, { name: 'shop.messaging.queue.depth', stat })).toEqual([{ labels: {}, values: expected }]);
  });

  it('refuses a rate', () => {
    expect(() => valuesOf(db, { name: 'shop.messaging.queue.depth', stat: 'rate' })).toThrow(
      new MetricQueryError('stat "rate" needs a counter or a histogram; this metric is a gauge'),
    );
  });
});

describe('queryMetric on a histogram (merged buckets [5, 7, 6, 2] over bounds 0.1, 0.5, 1; min 0.02, max 2.5)', () => {
  it.each([
    ['count', 20],
    ['sum', 8],
    ['avg', 0.4],
    ['min', 0.02],
    ['max', 2.5],
    ['rate', 20 / 60],
    // rank 10 falls in (0.1, 0.5] holding 7 after 5 below: 0.1 + 0.4 × 5/7
    ['p50', 0.1 + (0.4 * 5) / 7],
    // rank 18 is the last of (0.5, 1]
    ['p90', 1],
    // rank 19.8 falls in the overflow bucket, which ends at the max: 1 + 1.5 × 0.9
    ['p99', 2.35],
  ] as const)('%s', (stat, expected) => {
    const [series] = valuesOf(db, { name: 'shop.http.server.duration', stat });
    expect(series!.values[0]).toBeCloseTo(expected, 10);
    expect(series!.values.slice(1)).toEqual([null, null]);
  });
});

describe('queryMetric periods', () => {
  it('rounds the range out to whole periods and gives their start times', () => {
    const result = queryMetric(db, {
      name: 'shop.http.server.requests',
      stat: 'sum',
      periodSeconds: 60,
      fromUs: T0 + 30 * S,
      toUs: T0 + 90 * S,
    });
    expect(result).toEqual({
      name: 'shop.http.server.requests',
      unit: '{request}',
      stat: 'sum',
      periodSeconds: 60,
      series: [
        {
          labels: {},
          points: [
            { time: '2027-01-15T06:00:00.000Z', value: 9 },
            { time: '2027-01-15T06:01:00.000Z', value: 5 },
          ],
        },
      ],
    });
  });

  it('answers an unknown metric with one empty series', () => {
    expect(valuesOf(db, { name: 'nope', stat: 'sum' })).toEqual([{ labels: {}, values: [null, null, null] }]);
  });

  it.each([
    [{ periodSeconds: 0 }, 'period must be a whole number of seconds, at least 1'],
    [{ fromUs: T0, toUs: T0 }, 'from must be before to'],
    [
      { periodSeconds: 1, toUs: T0 + 20_000 * S },
      'the range holds 20000 periods, more than 10080: choose a longer period',
    ],
    [{ stat: 'p42' }, 'unknown stat "p42"'],
  ])('refuses %p', (override, message) => {
    expect(() => valuesOf(db, { name: 'shop.http.server.requests', stat: 'sum', ...override } as MetricQuery)).toThrow(
      new MetricQueryError(message),
    );
  });
});

describe(listMetrics.name, () => {
  it('lists each metric once with its services and attribute keys', () => {
    insert(db, {
      name: 'shop.http.server.requests',
      kind: 'counter',
      unit: '{request}',
      service: 'catalog',
      atSeconds: 1,
      value: 1,
    });
    expect(listMetrics(db)).toEqual([
      { name: 'shop.http.server.duration', unit: 's', kind: 'histogram', services: ['order'], attributeKeys: [] },
      {
        name: 'shop.http.server.requests',
        unit: '{request}',
        kind: 'counter',
        services: ['cart', 'catalog', 'order'],
        attributeKeys: ['http.response.status_code', 'http.route'],
      },
      { name: 'shop.messaging.queue.depth', unit: '1', kind: 'gauge', services: ['order'], attributeKeys: ['queue'] },
    ]);
  });

  it('lists only metrics with points since the given time', () => {
    expect(listMetrics(db, T0 + 41 * S).map((metric) => metric.name)).toEqual([
      'shop.http.server.duration',
      'shop.http.server.requests',
    ]);
  });
});
