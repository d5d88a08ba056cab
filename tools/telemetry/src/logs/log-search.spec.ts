import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { searchLogs } from './log-search';

const T0 = Date.parse('2026-12-04T10:00:00Z') * 1000;
const SECOND = 1_000_000;
const TRACE = 'cd'.repeat(16);

// [second, service, severityNumber, severityText, body, traceId, spanId]
const RECORDS: [number, string, number, string, string, string | null, string | null][] = [
  [1, 'cart', 5, 'debug', 'cart loaded', null, null],
  [2, 'order', 9, 'info', 'order placed: 100% paid', TRACE, '1111111111111111'],
  [3, 'order', 13, 'warn', 'Payment Slow', TRACE, '2222222222222222'],
  [4, 'inventory', 17, 'error', 'reservation_failed for sku_1', null, null],
  [5, 'order', 0, 'error', 'sent with a severity text only', null, null],
  [6, 'order', 21, 'fatal', 'out of memory', TRACE, '1111111111111111'],
  [7, 'cart', 1, 'trace', 'entering addItem', null, null],
];

describe(searchLogs.name, () => {
  let db: DatabaseSync;
  const range = { fromUs: T0, toUs: T0 + 60 * SECOND, limit: 100 };
  const bodies = (search: Partial<Parameters<typeof searchLogs>[1]>) =>
    searchLogs(db, { ...range, ...search }).map((log) => log.body);

  beforeAll(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO logs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const [second, service, number, text, body, traceId, spanId] of RECORDS) {
      insert.run(T0 + second * SECOND, service, number, text, body, traceId, spanId, '{"k":1}', '{}');
    }
    insert.run(T0 + 120 * SECOND, 'order', 17, 'error', 'after the range', null, null, '{}', '{}');
  });

  afterAll(() => db.close());

  it('answers LogViews newest first', () => {
    expect(searchLogs(db, { ...range, limit: 2 })).toEqual([
      {
        time: '2026-12-04T10:00:07.000Z',
        service: 'cart',
        level: 'trace',
        severityNumber: 1,
        body: 'entering addItem',
        traceId: null,
        spanId: null,
        attributes: { k: 1 },
      },
      {
        time: '2026-12-04T10:00:06.000Z',
        service: 'order',
        level: 'fatal',
        severityNumber: 21,
        body: 'out of memory',
        traceId: TRACE,
        spanId: '1111111111111111',
        attributes: { k: 1 },
      },
    ]);
  });

  it.each<[Partial<Parameters<typeof searchLogs>[1]>, string[]]>([
    [{ service: 'cart' }, ['entering addItem', 'cart loaded']],
    [{ level: 'error' }, ['out of memory', 'sent with a severity text only', 'reservation_failed for sku_1']],
    [{ level: 'warn', service: 'order' }, ['out of memory', 'sent with a severity text only', 'Payment Slow']],
    [{ level: 'fatal' }, ['out of memory']],
    [{ level: 'trace' }, RECORDS.map((record) => record[4]).reverse()],
    [{ text: 'payment slow' }, ['Payment Slow']],
    [{ text: '100%' }, ['order placed: 100% paid']],
    [{ text: '%' }, ['order placed: 100% paid']],
    [{ text: 'n%f' }, []],
    [{ text: 'r_s' }, []],
    [{ text: 'ON_F' }, ['reservation_failed for sku_1']],
    [{ traceId: TRACE.toUpperCase() }, ['out of memory', 'Payment Slow', 'order placed: 100% paid']],
    [{ traceId: TRACE, spanId: '1111111111111111' }, ['out of memory', 'order placed: 100% paid']],
    [
      { fromUs: T0 + 3 * SECOND, toUs: T0 + 5 * SECOND },
      ['sent with a severity text only', 'reservation_failed for sku_1', 'Payment Slow'],
    ],
    [{ toUs: T0 + 200 * SECOND, level: 'error', limit: 1 }, ['after the range']],
  ])('%j finds %j', (search, expected) => {
    expect(bodies(search)).toEqual(expected);
  });
});
