import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { FilterExpressionError, type FilterSpan, compileFilterExpression } from './filter-expression';
import { searchTraces } from './trace-search';

const BASE_US = Date.parse('2026-12-04T10:00:00Z') * 1000;
const SECOND_US = 1_000_000;

interface SpanSpec {
  id: string;
  parent?: string;
  service: string;
  httpStatus?: number;
  status?: number;
  durationMs?: number;
  attributes?: Record<string, unknown>;
}

function insertTrace(db: DatabaseSync, traceId: string, startSecond: number, spans: SpanSpec[]): void {
  const startUs = BASE_US + startSecond * SECOND_US;
  const insertSpan = db.prepare(
    `INSERT INTO spans (trace_id, span_id, parent_span_id, service, name, kind, start_us, end_us, duration_us,
       status_code, status_message, http_status, attributes, resource, events, links, scope)
     VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, NULL, ?, ?, '{}', '[]', '[]', 'test')`,
  );
  let endUs = startUs;
  for (const spec of spans) {
    const durationUs = (spec.durationMs ?? 10) * 1000;
    endUs = Math.max(endUs, startUs + durationUs);
    insertSpan.run(
      traceId,
      spec.id,
      spec.parent ?? null,
      spec.service,
      `${spec.service} work`,
      startUs,
      startUs + durationUs,
      durationUs,
      spec.status ?? 0,
      spec.httpStatus ?? null,
      JSON.stringify(spec.attributes ?? {}),
    );
  }
  const root = spans.find((spec) => !spec.parent);
  db.prepare(
    `INSERT INTO traces (trace_id, start_us, end_us, root_service, root_name, root_http_status, span_count, error_count, services)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    traceId,
    startUs,
    endUs,
    root?.service ?? null,
    root ? `${root.service} work` : null,
    root?.httpStatus ?? null,
    spans.length,
    spans.filter((spec) => spec.status === 2).length,
    JSON.stringify([...new Set(spans.map((spec) => spec.service))].sort()),
  );
}

interface TraceRowForTest {
  trace_id: string;
  start_us: number;
  end_us: number;
  root_http_status: number | null;
  services: string;
}

const summaryOfRow = (row: TraceRowForTest) => ({
  startUs: row.start_us,
  endUs: row.end_us,
  rootHttpStatus: row.root_http_status,
  services: JSON.parse(row.services) as string[],
});

interface SpanRowForTest {
  span_id: string;
  parent_span_id: string | null;
  service: string;
  start_us: number;
  end_us: number;
  status_code: number;
  http_status: number | null;
  attributes: string;
}

function spansOf(db: DatabaseSync, id: string): FilterSpan[] {
  const rows = db.prepare('SELECT * FROM spans WHERE trace_id = ?').all(id) as unknown as SpanRowForTest[];
  return rows.map((row) => ({
    spanId: row.span_id,
    parentSpanId: row.parent_span_id,
    service: row.service,
    startUs: row.start_us,
    endUs: row.end_us,
    statusCode: row.status_code,
    httpStatus: row.http_status,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
  }));
}

const traceId = (n: number) => n.toString(16).padStart(32, '0');
const range = { fromUs: BASE_US, toUs: BASE_US + 3600 * SECOND_US };

describe(searchTraces.name, () => {
  let db: DatabaseSync;

  beforeEach(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
  });

  afterEach(() => db.close());

  it('answers the newest traces in the range first, as TraceSummary', () => {
    insertTrace(db, traceId(1), 10, [{ id: 'a1', service: 'gateway', httpStatus: 200, durationMs: 120 }]);
    insertTrace(db, traceId(2), 20, [
      { id: 'b1', service: 'gateway', httpStatus: 500, durationMs: 30 },
      { id: 'b2', parent: 'b1', service: 'order', status: 2 },
    ]);
    insertTrace(db, traceId(3), 7200, [{ id: 'c1', service: 'gateway' }]);

    expect(searchTraces(db, { ...range, limit: 10 })).toEqual([
      {
        traceId: traceId(2),
        startTime: '2026-12-04T10:00:20.000Z',
        durationMs: 30,
        rootService: 'gateway',
        rootName: 'gateway work',
        rootHttpStatus: 500,
        spanCount: 2,
        errorCount: 1,
        services: ['gateway', 'order'],
      },
      expect.objectContaining({ traceId: traceId(1), durationMs: 120, rootHttpStatus: 200 }),
    ]);
  });

  it('stops at the limit across pages', () => {
    for (let n = 1; n <= 2500; n += 1) insertTrace(db, traceId(n), n % 1000, [{ id: 'root', service: 'gateway' }]);
    const found = searchTraces(db, { ...range, limit: 200 });
    expect(found).toHaveLength(200);
    const starts = found.map((summary) => Date.parse(summary.startTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(new Set(found.map((summary) => summary.traceId)).size).toBe(200);
  });

  it('filters on the summary alone and on spans, keeping newest-first order across span batches', () => {
    for (let n = 1; n <= 1200; n += 1) {
      const withOrder = n % 3 === 0;
      insertTrace(db, traceId(n), n, [
        { id: 'root', service: 'gateway', httpStatus: 200, durationMs: n % 2 === 0 ? 2000 : 100 },
        ...(withOrder
          ? [{ id: 'o', parent: 'root', service: 'order', attributes: { 'shop.order.id': `ord-${n}` } }]
          : []),
      ]);
    }
    const slow = searchTraces(db, { ...range, filter: 'responsetime > 1', limit: 3 });
    expect(slow.map((summary) => summary.traceId)).toEqual([traceId(1200), traceId(1198), traceId(1196)]);

    const orders = searchTraces(db, { ...range, filter: 'annotation.order_id BEGINSWITH "ord-1"', limit: 500 });
    const expected = Array.from({ length: 1200 }, (_, index) => 1200 - index)
      .filter((n) => n % 3 === 0 && String(n).startsWith('1'))
      .map(traceId);
    expect(orders.map((summary) => summary.traceId)).toEqual(expected);

    const mixed = searchTraces(db, {
      ...range,
      filter: 'responsetime > 1 OR annotation.order_id = "ord-3"',
      limit: 1000,
    });
    expect(mixed).toHaveLength(601);
    expect(mixed.slice(-3).map((summary) => summary.traceId)).toEqual([traceId(4), traceId(3), traceId(2)]);
  });

  it('narrows span loading to traces holding a required value without losing matches', () => {
    insertTrace(db, traceId(1), 1, [{ id: 'r', service: 'order', attributes: { 'shop.reserved_units': 3 } }]);
    insertTrace(db, traceId(2), 2, [{ id: 'r', service: 'order', attributes: { 'shop.order_id': 'ord-3' } }]);
    insertTrace(db, traceId(3), 3, [{ id: 'r', service: 'order', attributes: { note: 'units 3' } }]);
    const ids = (filter: string) => searchTraces(db, { ...range, filter, limit: 10 }).map((summary) => summary.traceId);
    expect(ids('annotation.reserved_units = "3"')).toEqual([traceId(1)]);
    expect(ids('annotation.order_id ENDSWITH "3"')).toEqual([traceId(2)]);
    expect(ids('annotation.order_id = "ord-4"')).toEqual([]);
  });

  it('finds exactly the traces the filter matches when evaluated on all their spans', () => {
    for (let n = 1; n <= 450; n += 1) {
      const failing = n % 7 === 0;
      insertTrace(db, traceId(n), n, [
        { id: 'root', service: 'gateway', httpStatus: failing ? 502 : n % 5 === 0 ? 404 : 200, durationMs: n % 40 },
        {
          id: 'o',
          parent: 'root',
          service: 'order',
          httpStatus: failing ? 503 : 200,
          attributes: { 'shop.order.id': `ord-${n}` },
        },
        ...(n % 3 === 0 ? [{ id: 'i', parent: 'o', service: 'inventory', status: n % 9 === 0 ? 2 : 0 }] : []),
      ]);
    }
    const filters = [
      'fault',
      'error OR fault',
      'service("inventory") { fault }',
      'edge("order", "inventory") AND responsetime > 0.02',
      'annotation.order_id ENDSWITH "7" AND NOT fault',
      'http.status = 404 OR annotation.order_id = "ord-21"',
      'ok AND service("inventory")',
    ];
    for (const filter of filters) {
      const compiled = compileFilterExpression(filter);
      const expected = (db.prepare('SELECT * FROM traces ORDER BY start_us DESC').all() as unknown as TraceRowForTest[])
        .filter((row) => compiled.matches({ ...summaryOfRow(row), spans: spansOf(db, row.trace_id) }))
        .map((row) => row.trace_id);
      const found = searchTraces(db, { ...range, filter, limit: 1000 }).map((summary) => summary.traceId);
      expect({ filter, found }).toEqual({ filter, found: expected });
      expect(found.length).toBeGreaterThan(0);
    }
  });

  describe('with background work', () => {
    // 1, 4: requests; 2, 5: sweeps (background); 3: a trace whose root has not arrived (background unknown).
    const markBackground = (id: number, background: 0 | 1 | null) =>
      db.prepare('UPDATE traces SET background = ? WHERE trace_id = ?').run(background, traceId(id));

    beforeEach(() => {
      const marks = [0, 1, null, 0, 1] as const;
      marks.forEach((background, index) => {
        const n = index + 1;
        const service = background === 1 ? 'cart' : 'gateway';
        insertTrace(db, traceId(n), n, [{ id: 'r', service, httpStatus: background === 1 ? undefined : 200 }]);
        markBackground(n, background);
      });
    });

    it.each([
      [undefined, '', [5, 4, 3, 2, 1]],
      ['include', '', [5, 4, 3, 2, 1]],
      ['exclude', '', [4, 3, 1]],
      ['only', '', [5, 2]],
      ['exclude', 'service("cart")', []],
      ['only', 'service("cart")', [5, 2]],
      ['exclude', 'http.status = 200', [4, 3, 1]],
      ['only', 'http.status = 200', []],
    ] as const)('background %s, filter "%s": finds %j', (background, filter, expected) => {
      const found = searchTraces(db, { ...range, filter, limit: 10, background });
      expect(found.map((summary) => summary.traceId)).toEqual(expected.map(traceId));
    });

    it('leaves background work out before the limit, across pages', () => {
      for (let n = 6; n <= 2600; n += 1) {
        insertTrace(db, traceId(n), n, [{ id: 'r', service: 'cart' }]);
        markBackground(n, 1);
      }
      const found = searchTraces(db, { ...range, limit: 3, background: 'exclude' });
      expect(found.map((summary) => summary.traceId)).toEqual([4, 3, 1].map(traceId));
      expect(searchTraces(db, { ...range, limit: 200, background: 'only' })).toHaveLength(200);
    });
  });

  it('matches every trace when the filter is blank', () => {
    insertTrace(db, traceId(1), 1, [{ id: 'r', service: 'gateway' }]);
    expect(searchTraces(db, { ...range, filter: '  ', limit: 5 })).toHaveLength(1);
  });

  it('throws FilterExpressionError for a bad filter', () => {
    expect(() => searchTraces(db, { ...range, filter: 'responsetime >', limit: 5 })).toThrow(FilterExpressionError);
  });
});
