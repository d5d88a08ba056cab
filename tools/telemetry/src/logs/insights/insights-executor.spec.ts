import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../../store/schema';
import { LogsInsightsQueryError } from './insights-error';
import { runLogsInsightsQuery } from './insights-executor';

const T0 = Date.parse('2026-12-04T10:00:00Z') * 1000;
const SECOND = 1_000_000;
const TRACE = 'ab'.repeat(16);

// [second, service, level, severityNumber, body, attributes, traceId]
const RECORDS: [number, string, string, number, string, Record<string, unknown>, string | null][] = [
  [0, 'cart', 'info', 9, 'cart created', { 'http.route': '/api/carts', durationMs: 12 }, null],
  [20, 'order', 'info', 9, 'order ord-1 placed', { 'shop.order.id': 'ord-1', durationMs: 120 }, TRACE],
  [50, 'inventory', 'warn', 13, 'low stock for sku-1', { sku: 'sku-1', units: '3' }, null],
  [
    65,
    'order',
    'error',
    17,
    'reservation for ord-2 timed out after 2000 ms',
    { 'shop.order.id': 'ord-2', durationMs: 2000 },
    TRACE,
  ],
  [70, 'inventory', 'error', 17, 'Request timed out', { durationMs: 1500, retry: true }, null],
  [90, 'cart', 'debug', 5, 'cache hit', { durationMs: 1 }, null],
  [
    130,
    'order',
    'info',
    9,
    'order ord-3 placed',
    { 'shop.order.id': 'ord-3', durationMs: 80, nested: { a: { b: 7 } } },
    null,
  ],
  [170, 'order', 'fatal', 21, 'out of memory: 100% used', { durationMs: 5 }, null],
];

describe(runLogsInsightsQuery.name, () => {
  let db: DatabaseSync;
  const run = (query: string, range = { fromUs: T0, toUs: T0 + 3600 * SECOND }) =>
    runLogsInsightsQuery(db, { query, ...range });
  const at = (second: number) => new Date((T0 + second * SECOND) / 1000).toISOString();

  beforeAll(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO logs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const [second, service, level, number, body, attributes, traceId] of RECORDS) {
      insert.run(
        T0 + second * SECOND,
        service,
        number,
        level,
        body,
        traceId,
        traceId && '1111111111111111',
        JSON.stringify(attributes),
        '{}',
      );
    }
    insert.run(T0 - SECOND, 'order', 9, 'info', 'before the range', null, null, '{}', '{}');
  });

  afterAll(() => db.close());

  it.each<[string, string[], Record<string, unknown>[]]>([
    [
      '',
      ['@timestamp', '@message'],
      [...RECORDS].reverse().map(([second, , , , body]) => ({ '@timestamp': at(second), '@message': body })),
    ],
    [
      'fields @timestamp, @message | filter @message like /timed out/ | sort @timestamp desc | limit 20',
      ['@timestamp', '@message'],
      [
        { '@timestamp': at(70), '@message': 'Request timed out' },
        { '@timestamp': at(65), '@message': 'reservation for ord-2 timed out after 2000 ms' },
      ],
    ],
    ['filter @message like /(?i)REQUEST/ | fields @logStream', ['@logStream'], [{ '@logStream': 'inventory' }]],
    ['filter @message like "ord-" | fields @message | limit 1', ['@message'], [{ '@message': 'order ord-3 placed' }]],
    [
      'filter @message not like /order|cart|cache/ | fields service, @message',
      ['service', '@message'],
      [
        { service: 'order', '@message': 'out of memory: 100% used' },
        { service: 'inventory', '@message': 'Request timed out' },
        { service: 'order', '@message': 'reservation for ord-2 timed out after 2000 ms' },
        { service: 'inventory', '@message': 'low stock for sku-1' },
      ],
    ],
    [
      'stats count(*) by service',
      ['service', 'count(*)'],
      [
        { service: 'order', 'count(*)': 4 },
        { service: 'cart', 'count(*)': 2 },
        { service: 'inventory', 'count(*)': 2 },
      ],
    ],
    [
      'stats count(*) as n by service | sort n asc, service desc | limit 2',
      ['service', 'n'],
      [
        { service: 'inventory', n: 2 },
        { service: 'cart', n: 2 },
      ],
    ],
    [
      'filter level = "error" | stats count(*) by bin(1m)',
      ['bin(1m)', 'count(*)'],
      [{ 'bin(1m)': at(60), 'count(*)': 2 }],
    ],
    [
      'stats count(*) as n by bin(1m)',
      ['bin(1m)', 'n'],
      [
        { 'bin(1m)': at(0), n: 3 },
        { 'bin(1m)': at(60), n: 3 },
        { 'bin(1m)': at(120), n: 2 },
      ],
    ],
    [
      'stats avg(durationMs), min(durationMs), max(durationMs), sum(durationMs), pct(durationMs, 50), pct(durationMs, 99)',
      [
        'avg(durationMs)',
        'min(durationMs)',
        'max(durationMs)',
        'sum(durationMs)',
        'pct(durationMs, 50)',
        'pct(durationMs, 99)',
      ],
      [
        {
          'avg(durationMs)': 3718 / 7,
          'min(durationMs)': 1,
          'max(durationMs)': 2000,
          'sum(durationMs)': 3718,
          'pct(durationMs, 50)': 80,
          'pct(durationMs, 99)': 2000,
        },
      ],
    ],
    [
      'stats count(durationMs) as timed, count(*) as all, count_distinct(service) as services, count_distinct(traceId) as traces',
      ['timed', 'all', 'services', 'traces'],
      [{ timed: 7, all: 8, services: 3, traces: 1 }],
    ],
    ['filter level in ["error", "fatal"] | stats count(*) as n', ['n'], [{ n: 3 }]],
    [
      'fields durationMs as d, service as s | stats max(d) as longest by s | limit 1',
      ['s', 'longest'],
      [{ s: 'order', longest: 2000 }],
    ],
    ['filter level not in ["info", "debug"] and service = "inventory" | stats count(*) as n', ['n'], [{ n: 2 }]],
    ['filter severityNumber >= 17 | stats count(*) as n', ['n'], [{ n: 3 }]],
    [
      'filter durationMs > 100 and durationMs <= 1500 | fields durationMs',
      ['durationMs'],
      [{ durationMs: 1500 }, { durationMs: 120 }],
    ],
    ['filter units = 3 | fields sku, units', ['sku', 'units'], [{ sku: 'sku-1', units: '3' }]],
    ['filter units > 2.5 | fields sku', ['sku'], [{ sku: 'sku-1' }]],
    ['filter retry = true | fields @message', ['@message'], [{ '@message': 'Request timed out' }]],
    [
      'filter ispresent(shop.order.id) | fields shop.order.id',
      ['shop.order.id'],
      [{ 'shop.order.id': 'ord-3' }, { 'shop.order.id': 'ord-2' }, { 'shop.order.id': 'ord-1' }],
    ],
    ['filter not ispresent(durationMs) | fields @message', ['@message'], [{ '@message': 'low stock for sku-1' }]],
    ['filter nested.a.b = 7 | fields `nested.a.b`', ['nested.a.b'], [{ 'nested.a.b': 7 }]],
    [
      'filter traceId = "' + 'ab'.repeat(16) + '" | fields @message, trace_id, spanId',
      ['@message', 'trace_id', 'spanId'],
      [
        { '@message': 'reservation for ord-2 timed out after 2000 ms', trace_id: TRACE, spanId: '1111111111111111' },
        { '@message': 'order ord-1 placed', trace_id: TRACE, spanId: '1111111111111111' },
      ],
    ],
    [
      'filter service = "cart" | fields @timestamp as t, level as lvl | sort t asc',
      ['t', 'lvl'],
      [
        { t: at(0), lvl: 'info' },
        { t: at(90), lvl: 'debug' },
      ],
    ],
    [
      'fields durationMs as d, @message | filter d >= 1500 | fields d',
      ['d', '@message'],
      [
        { d: 1500, '@message': 'Request timed out' },
        { d: 2000, '@message': 'reservation for ord-2 timed out after 2000 ms' },
      ],
    ],
    [
      'filter @level = "info" or @level = "debug" | sort durationMs desc | fields @message | limit 2',
      ['@message'],
      [{ '@message': 'order ord-1 placed' }, { '@message': 'order ord-3 placed' }],
    ],
    ['sort sku | fields sku | limit 2', ['sku'], [{ sku: 'sku-1' }, {}]],
    ['stats max(missing) as m by service | limit 1', ['service', 'm'], [{ service: 'order' }]],
    ['filter service = "nobody" | stats count(*) as n', ['n'], [{ n: 0 }]],
    ['filter service = "nobody" | stats count(*) as n by service', ['service', 'n'], []],
    [
      'stats count(*) as n by service, level | filter n > 1',
      ['service', 'level', 'n'],
      [{ service: 'order', level: 'info', n: 2 }],
    ],
  ])('%s', (query, fields, rows) => {
    const result = run(query);
    expect(result.fields).toEqual(fields);
    expect(result.rows).toEqual(rows);
  });

  it('reports the records scanned and matched, and stops early when the limit is reached', () => {
    expect(run('filter level = "error"').statistics).toEqual({ recordsScanned: 8, recordsMatched: 2 });
    expect(run('filter service = "order" | limit 1').statistics).toEqual({ recordsScanned: 1, recordsMatched: 1 });
    expect(run('filter service = "order" | sort durationMs | limit 1').statistics).toEqual({
      recordsScanned: 8,
      recordsMatched: 4,
    });
  });

  it('reads only the time range, at most maxRecordsScanned records, newest first', () => {
    const lastMinute = run('stats count(*) as n', { fromUs: T0 + 120 * SECOND, toUs: T0 + 200 * SECOND });
    expect(lastMinute.rows).toEqual([{ n: 2 }]);
    const bounded = runLogsInsightsQuery(db, {
      query: 'fields @message',
      fromUs: T0,
      toUs: T0 + 3600 * SECOND,
      maxRecordsScanned: 2,
    });
    expect(bounded.rows).toEqual([{ '@message': 'out of memory: 100% used' }, { '@message': 'order ord-3 placed' }]);
    expect(bounded.statistics.recordsScanned).toBe(2);
  });

  it('throws LogsInsightsQueryError for a query it cannot read', () => {
    expect(() => run('stats count(*) by bin(5x)')).toThrow(LogsInsightsQueryError);
  });
});
