import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { listServices, readTrace } from './trace-reader';

const T0 = Date.parse('2026-12-04T10:00:00Z') * 1000;
const TRACE = 'ab'.repeat(16);

function insertSpan(db: DatabaseSync, values: Record<string, SQLInputValue>): void {
  const row: Record<string, SQLInputValue> = {
    trace_id: TRACE,
    parent_span_id: null,
    name: 'GET /api/products',
    kind: 2,
    start_us: T0,
    end_us: T0 + 1500,
    duration_us: 1500,
    status_code: 0,
    status_message: null,
    http_status: null,
    attributes: '{}',
    resource: '{}',
    events: '[]',
    links: '[]',
    scope: '@opentelemetry/instrumentation-http',
    ...values,
  };
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO spans (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...Object.values(row),
  );
}

describe('trace reader', () => {
  let db: DatabaseSync;

  beforeEach(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
  });

  afterEach(() => db.close());

  it('reads a trace as SpanViews ordered by start', () => {
    insertSpan(db, {
      span_id: '2222222222222222',
      parent_span_id: '1111111111111111',
      service: 'catalog',
      name: 'SELECT products',
      kind: 3,
      start_us: T0 + 500,
      status_code: 2,
      status_message: 'deadlock',
      attributes: '{"db.system":"mysql","db.rows":3}',
      events: JSON.stringify([
        { name: 'exception', timeUs: T0 + 1200, attributes: { 'exception.message': 'deadlock' } },
      ]),
      links: JSON.stringify([{ traceId: 'cd'.repeat(16), spanId: '3333333333333333' }]),
    });
    insertSpan(db, {
      span_id: '1111111111111111',
      parent_span_id: '',
      service: 'gateway',
      http_status: 200,
      resource: '{"service.name":"gateway"}',
    });

    expect(readTrace(db, TRACE)).toEqual({
      traceId: TRACE,
      spans: [
        {
          traceId: TRACE,
          spanId: '1111111111111111',
          parentSpanId: null,
          service: 'gateway',
          name: 'GET /api/products',
          kind: 'server',
          startTime: '2026-12-04T10:00:00.000Z',
          startUs: T0,
          durationMs: 1.5,
          status: { code: 'unset', message: null },
          attributes: {},
          resource: { 'service.name': 'gateway' },
          events: [],
          links: [],
          scope: '@opentelemetry/instrumentation-http',
        },
        {
          traceId: TRACE,
          spanId: '2222222222222222',
          parentSpanId: '1111111111111111',
          service: 'catalog',
          name: 'SELECT products',
          kind: 'client',
          startTime: '2026-12-04T10:00:00.000Z',
          startUs: T0 + 500,
          durationMs: 1.5,
          status: { code: 'error', message: 'deadlock' },
          attributes: { 'db.system': 'mysql', 'db.rows': 3 },
          resource: {},
          events: [
            { name: 'exception', time: '2026-12-04T10:00:00.001Z', attributes: { 'exception.message': 'deadlock' } },
          ],
          links: [{ traceId: 'cd'.repeat(16), spanId: '3333333333333333', attributes: {} }],
          scope: '@opentelemetry/instrumentation-http',
        },
      ],
    });
  });

  it('answers undefined for an unknown trace', () => {
    expect(readTrace(db, 'ef'.repeat(16))).toBeUndefined();
  });

  it('lists the services, optionally those seen since a time', () => {
    insertSpan(db, { span_id: '01', service: 'order', start_us: T0 });
    insertSpan(db, { span_id: '02', service: 'catalog', start_us: T0 - 60_000_000 });
    insertSpan(db, { span_id: '03', service: 'catalog', start_us: T0 - 120_000_000 });
    insertSpan(db, { span_id: '04', service: 'storefront-browser', start_us: T0 + 5 });
    expect(listServices(db)).toEqual(['catalog', 'order', 'storefront-browser']);
    expect(listServices(db, T0 - 60_000_000)).toEqual(['catalog', 'order', 'storefront-browser']);
    expect(listServices(db, T0)).toEqual(['order', 'storefront-browser']);
    expect(listServices(db, T0 + 10)).toEqual([]);
  });
});
