// Query latency of the telemetry store at scale: fills a SQLite file with --spans spans (10 a trace, spread
// over the last --hours hours, like the shop's checkout traffic), then times trace by id, the service list
// and trace searches with and without filters, reporting p50/p99. Needs the built tools/telemetry (npm run build).
// Usage: node bench/telemetry-query.mjs [--spans 1000000] [--hours 24] [--runs 50] [--db /tmp/telemetry-bench.db]
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { openTelemetryDatabase } = require('../tools/telemetry/dist/store/telemetry-database.js');
const { listServices, readTrace, searchTraces } = require('../tools/telemetry/dist/traces/index.js');
const { searchLogs, runLogsInsightsQuery } = require('../tools/telemetry/dist/logs/index.js');

const { values: args } = parseArgs({
  options: {
    spans: { type: 'string', default: '1000000' },
    hours: { type: 'string', default: '24' },
    runs: { type: 'string', default: '50' },
    db: { type: 'string', default: join(tmpdir(), 'telemetry-bench.db') },
  },
});
const spanTarget = Number(args.spans);
const hours = Number(args.hours);
const runs = Number(args.runs);
const SPANS_PER_TRACE = 10;
const traceCount = Math.ceil(spanTarget / SPANS_PER_TRACE);
const logsPerTrace = 2;
const nowUs = Date.now() * 1000;
const spanUs = (hours * 3_600_000_000) / traceCount;

const db = openExisting() ?? fill();

function openExisting() {
  if (!existsSync(args.db)) return undefined;
  const existing = openTelemetryDatabase(args.db);
  const { count } = existing.prepare('SELECT count(*) AS count FROM spans').get();
  if (count === traceCount * SPANS_PER_TRACE) return existing;
  existing.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(args.db + suffix, { force: true });
  return undefined;
}

// The shape of a checkout: browser → gateway → order → (cart, inventory, mysql, sns) with shop attributes.
function fill() {
  const started = performance.now();
  const database = openTelemetryDatabase(args.db);
  const insertSpan = database.prepare(
    `INSERT INTO spans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]', '@opentelemetry/instrumentation-http')`,
  );
  // Each trace's root is the browser's client span (kind 3): a request, not background work.
  const insertTrace = database.prepare(
    `INSERT INTO traces (trace_id, start_us, end_us, root_service, root_name, root_http_status, span_count,
       error_count, services, root_kind, background) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 3, 0)`,
  );
  const insertLog = database.prepare('INSERT INTO logs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const layout = [
    ['storefront-browser', 3, 'POST /api/orders', null],
    ['gateway', 2, 'POST /api/orders', 0],
    ['order', 2, 'POST /api/orders', 1],
    ['order', 3, 'GET', 2],
    ['cart', 2, 'GET /api/carts/:id', 3],
    ['order', 3, 'POST', 2],
    ['inventory', 2, 'POST /api/reservations', 5],
    ['inventory', 3, 'mysql INSERT', 6],
    ['order', 3, 'mysql INSERT', 2],
    ['order', 4, 'order-events publish', 2],
  ];
  const hex = (n, width) => n.toString(16).padStart(width, '0');
  database.exec('BEGIN');
  for (let t = 0; t < traceCount; t += 1) {
    const traceId = hex(t * 2654435761, 32);
    const startUs = Math.round(nowUs - hours * 3_600_000_000 + t * spanUs);
    const slow = t % 97 === 0;
    const failing = t % 53 === 0;
    const notFound = t % 31 === 0;
    const totalUs = slow ? 2_400_000 : 80_000 + (t % 200) * 1000;
    const resource = JSON.stringify({
      'service.name': 'x',
      'service.version': '0.1.0',
      'deployment.environment': 'local',
    });
    let errors = 0;
    layout.forEach(([service, kind, name, parent], index) => {
      const offsetUs = index * 2000;
      const durationUs = Math.max(1000, totalUs - offsetUs * 2);
      const httpStatus =
        kind === 4 || name.startsWith('mysql')
          ? null
          : failing && index >= 5
            ? 503
            : notFound && index <= 2
              ? 404
              : 200;
      const status = failing && index >= 5 ? 2 : 0;
      errors += status === 2 ? 1 : 0;
      const attributes = {
        'http.request.method': 'POST',
        'url.full': `http://localhost:3000/api/orders/${t}`,
        'http.route': '/api/orders',
        'shop.order.id': `ord-${t}`,
        'shop.customer.id': `cus-${t % 5000}`,
        'shop.order.value': (t % 400) + 0.99,
        ...(name.startsWith('mysql')
          ? { 'db.system': 'mysql', 'db.statement': 'INSERT INTO reservations (...) VALUES (...)' }
          : {}),
      };
      insertSpan.run(
        traceId,
        hex(t * 16 + index + 1, 16),
        parent === null ? null : hex(t * 16 + parent + 1, 16),
        service,
        name,
        kind,
        startUs + offsetUs,
        startUs + offsetUs + durationUs,
        durationUs,
        status,
        status ? 'Service Unavailable' : null,
        httpStatus,
        JSON.stringify(attributes),
        resource,
      );
    });
    insertTrace.run(
      traceId,
      startUs,
      startUs + totalUs,
      'storefront-browser',
      'POST /api/orders',
      notFound ? 404 : 200,
      SPANS_PER_TRACE,
      errors,
      JSON.stringify(['cart', 'gateway', 'inventory', 'order', 'storefront-browser']),
    );
    for (let l = 0; l < logsPerTrace; l += 1) {
      const level = failing && l === 1 ? ['error', 17] : ['info', 9];
      const body = failing && l === 1 ? `reservation for ord-${t} timed out after 2000 ms` : `order ord-${t} placed`;
      insertLog.run(
        startUs + l * 1000,
        l === 0 ? 'order' : 'inventory',
        level[1],
        level[0],
        body,
        traceId,
        hex(t * 16 + 3, 16),
        JSON.stringify({ 'shop.order.id': `ord-${t}`, durationMs: (t % 300) + 5, 'http.route': '/api/orders' }),
        '{}',
      );
    }
    if (t % 10_000 === 9_999) {
      database.exec('COMMIT');
      database.exec('BEGIN');
    }
  }
  database.exec('COMMIT');
  database.exec('ANALYZE');
  console.log(
    `filled ${traceCount * SPANS_PER_TRACE} spans, ${traceCount} traces, ${traceCount * logsPerTrace} logs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return database;
}

function measure(label, run) {
  run(0);
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  const size = Array.isArray(result) ? result.length : (result?.rows?.length ?? result?.spans?.length ?? '');
  console.log(`${label.padEnd(78)} p50 ${at(0.5).padStart(8)} ms  p99 ${at(0.99).padStart(8)} ms  (${size} results)`);
}

const lastHour = { fromUs: nowUs - 3_600_000_000, toUs: nowUs };
const wholeRange = { fromUs: nowUs - hours * 3_600_000_000 - 1, toUs: nowUs };
const traceIds = db
  .prepare('SELECT trace_id FROM traces ORDER BY random() LIMIT ?')
  .all(runs + 1)
  .map((row) => row.trace_id);

console.log(`${traceCount * SPANS_PER_TRACE} spans, ${runs} runs each`);
measure('readTrace by id', (i) => readTrace(db, traceIds[i]));
measure('listServices (last hour)', () => listServices(db, lastHour.fromUs));
measure('searchTraces, no filter, last hour, limit 50', () => searchTraces(db, { ...lastHour, limit: 50 }));
const filters = [
  ['responsetime > 2', wholeRange],
  ['http.status = 404 AND responsetime < 1', wholeRange],
  ['fault', wholeRange],
  ['service("inventory") { fault }', wholeRange],
  ['annotation.order_id = "ord-1234"', lastHour],
  ['annotation.order_id = "ord-1234"', wholeRange],
  ['http.url ENDSWITH "/4321"', wholeRange],
];
for (const [filter, range] of filters) {
  const label = `searchTraces ${range === lastHour ? 'last hour' : `${hours} h`}, limit 50, ${filter}`;
  measure(label, () => searchTraces(db, { ...range, filter, limit: 50 }));
}
measure('searchLogs level>=error, last hour, limit 100', () =>
  searchLogs(db, { ...lastHour, level: 'error', limit: 100 }),
);
measure('searchLogs text "timed out", 24 h, limit 100', () =>
  searchLogs(db, { ...wholeRange, text: 'timed out', limit: 100 }),
);
measure('searchLogs by traceId', (i) => searchLogs(db, { ...wholeRange, traceId: traceIds[i], limit: 100 }));
const insights = [
  'stats count(*) by service',
  'filter level = "error" | stats count(*) by bin(5m)',
  'fields @timestamp, @message | filter @message like /timed out/ | sort @timestamp desc | limit 20',
  'stats avg(durationMs), pct(durationMs, 99) by service',
];
for (const query of insights) {
  measure(`insights last hour: ${query}`.slice(0, 78), () => runLogsInsightsQuery(db, { query, ...lastHour }));
}
let scanned = 0;
measure(`insights ${hours} h: ${insights[0]}`, () => {
  const result = runLogsInsightsQuery(db, { query: insights[0], ...wholeRange });
  scanned = result.statistics.recordsScanned;
  return result;
});
console.log(`  (scanned ${scanned} of ${traceCount * logsPerTrace} log records)`);
db.close();
