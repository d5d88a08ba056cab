import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MetricWriter } from '../ingest/metric-writer';
import { SpanWriter } from '../ingest/span-writer';
import { searchTraces } from '../traces';
import { SCHEMA_VERSION } from './schema';
import { IN_MEMORY, openTelemetryDatabase } from './telemetry-database';

/** The tables as version 1 of the store created them (the comments left out). */
const SCHEMA_V1 = `
CREATE TABLE spans (
  trace_id TEXT NOT NULL, span_id TEXT NOT NULL, parent_span_id TEXT, service TEXT NOT NULL, name TEXT NOT NULL,
  kind INTEGER NOT NULL, start_us INTEGER NOT NULL, end_us INTEGER NOT NULL, duration_us INTEGER NOT NULL,
  status_code INTEGER NOT NULL, status_message TEXT, http_status INTEGER, attributes TEXT NOT NULL,
  resource TEXT NOT NULL, events TEXT NOT NULL, links TEXT NOT NULL, scope TEXT NOT NULL,
  PRIMARY KEY (trace_id, span_id)
) WITHOUT ROWID;
CREATE INDEX spans_by_start ON spans (start_us);
CREATE INDEX spans_by_service_start ON spans (service, start_us);
CREATE TABLE traces (
  trace_id TEXT PRIMARY KEY, start_us INTEGER NOT NULL, end_us INTEGER NOT NULL, root_service TEXT, root_name TEXT,
  root_http_status INTEGER, span_count INTEGER NOT NULL, error_count INTEGER NOT NULL, services TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX traces_by_start ON traces (start_us);
CREATE TABLE metric_points (
  name TEXT NOT NULL, service TEXT NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL, attributes TEXT NOT NULL,
  time_us INTEGER NOT NULL, value REAL, count REAL, bounds TEXT, bucket_counts TEXT, min REAL, max REAL
);
CREATE INDEX metric_points_by_name_time ON metric_points (name, time_us);
CREATE INDEX metric_points_by_time ON metric_points (time_us);
CREATE TABLE metric_series (
  series_key TEXT PRIMARY KEY, start_us INTEGER NOT NULL, value REAL, count REAL, bucket_counts TEXT
) WITHOUT ROWID;
CREATE TABLE logs (
  time_us INTEGER NOT NULL, service TEXT NOT NULL, severity_number INTEGER NOT NULL, severity_text TEXT NOT NULL,
  body TEXT NOT NULL, trace_id TEXT, span_id TEXT, attributes TEXT NOT NULL, resource TEXT NOT NULL
);
CREATE INDEX logs_by_time ON logs (time_us);
CREATE INDEX logs_by_trace ON logs (trace_id) WHERE trace_id IS NOT NULL;
CREATE TABLE alarms (
  name TEXT PRIMARY KEY, definition TEXT NOT NULL, state TEXT NOT NULL, state_reason TEXT NOT NULL,
  state_updated_us INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE alarm_history (
  name TEXT NOT NULL, time_us INTEGER NOT NULL, old_state TEXT NOT NULL, new_state TEXT NOT NULL, reason TEXT NOT NULL
);
CREATE INDEX alarm_history_by_name ON alarm_history (name, time_us);
PRAGMA user_version = 1;
`;

const OLD_TRACE = 'a'.repeat(32);
const NEW_TRACE = 'b'.repeat(32);
const T0_US = Date.parse('2026-12-04T10:00:00Z') * 1000;

/** A version-1 store holding a trace (its one span) and a cumulative series' previous point. */
function writeVersion1Store(path: string): void {
  const v1 = new DatabaseSync(path);
  v1.exec('PRAGMA auto_vacuum = INCREMENTAL');
  v1.exec('PRAGMA journal_mode = WAL');
  v1.exec(SCHEMA_V1);
  v1.prepare(
    `INSERT INTO spans VALUES (?, '00000000000000a1', NULL, 'order', 'POST /api/orders', 2, ?, ?, 1000, 0, NULL, 201,
       '{}', '{"service.name":"order"}', '[]', '[]', 'test')`,
  ).run(OLD_TRACE, T0_US, T0_US + 1000);
  v1.prepare(`INSERT INTO traces VALUES (?, ?, ?, 'order', 'POST /api/orders', 201, 1, 0, '["order"]')`).run(
    OLD_TRACE,
    T0_US,
    T0_US + 1000,
  );
  v1.prepare(`INSERT INTO metric_series VALUES ('["order","requests","{}"]', 1, 5, NULL, NULL)`).run();
  v1.close();
}

const columnsOf = (database: DatabaseSync, table: string) =>
  database
    .prepare(`PRAGMA table_info(${table})`)
    .all()
    .map((column) => ({ ...column }));

describe('openTelemetryDatabase', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'telemetry-store-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('creates the folder and the file, and opens it again with what it holds', () => {
    const path = join(directory, 'nested', 'telemetry.sqlite');
    const first = openTelemetryDatabase(path);
    first.prepare("INSERT INTO logs VALUES (1, 'order', 9, 'info', 'kept', NULL, NULL, '{}', '{}')").run();
    first.close();
    const again = openTelemetryDatabase(path);
    expect(again.prepare('SELECT body FROM logs').all()).toEqual([{ body: 'kept' }]);
    expect(again.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    again.close();
  });

  it('upgrades a version-1 file in place: it keeps its rows, takes new ones and looks like a new store', () => {
    const path = join(directory, 'telemetry.sqlite');
    writeVersion1Store(path);
    const before = Date.now() * 1000;

    const upgraded = openTelemetryDatabase(path);

    expect(upgraded.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    const fresh = openTelemetryDatabase(IN_MEMORY);
    for (const table of ['spans', 'traces', 'metric_points', 'metric_series', 'logs', 'alarms', 'alarm_history']) {
      expect([table, columnsOf(upgraded, table)]).toEqual([table, columnsOf(fresh, table)]);
    }
    fresh.close();
    // Old traces have no root kind: they count as requests, not background work.
    expect(upgraded.prepare('SELECT trace_id, root_name, root_kind, background FROM traces').all()).toEqual([
      { trace_id: OLD_TRACE, root_name: 'POST /api/orders', root_kind: null, background: null },
    ]);
    const range = { fromUs: T0_US - 1, toUs: T0_US + 60_000_000, limit: 10 };
    expect(searchTraces(upgraded, { ...range, background: 'exclude' }).map((trace) => trace.traceId)).toEqual([
      OLD_TRACE,
    ]);
    // Old series count as seen now, so that a series still being sent keeps its previous point.
    const { seen_us: seenUs } = upgraded.prepare('SELECT seen_us FROM metric_series').get() as { seen_us: number };
    expect(seenUs).toBeGreaterThanOrEqual(before);
    expect(seenUs).toBeLessThanOrEqual(Date.now() * 1000);

    new SpanWriter(upgraded).write([
      {
        traceId: NEW_TRACE,
        spanId: '00000000000000b1',
        parentSpanId: null,
        service: 'cart',
        name: 'cart.purge_expired',
        kind: 1,
        startUs: T0_US + 5000,
        endUs: T0_US + 6000,
        statusCode: 0,
        statusMessage: null,
        httpStatus: null,
        attributes: '{}',
        resource: '{"service.name":"cart","telemetry.sdk.language":"nodejs"}',
        events: '[]',
        links: '[]',
        scope: 'test',
      },
    ]);
    new MetricWriter(upgraded).write([
      {
        name: 'requests',
        service: 'order',
        kind: 'counter',
        unit: '1',
        attributes: '{}',
        cumulative: true,
        startUs: 1,
        timeUs: T0_US,
        value: 8,
        count: null,
        bounds: null,
        bucketCounts: null,
        min: null,
        max: null,
      },
    ]);
    expect(searchTraces(upgraded, { ...range, background: 'only' }).map((trace) => trace.traceId)).toEqual([NEW_TRACE]);
    // The series' previous point survived the upgrade: 8 after 5 is a delta of 3.
    expect(upgraded.prepare('SELECT value FROM metric_points').all()).toEqual([{ value: 3 }]);
    expect(upgraded.prepare('SELECT seen_us FROM metric_series').get()).toEqual({ seen_us: T0_US });
    upgraded.close();

    const again = openTelemetryDatabase(path);
    expect(again.prepare('SELECT count(*) AS traces FROM traces').get()).toEqual({ traces: 2 });
    again.close();
  });

  it('refuses a file written by another version of the schema, and leaves it as it was', () => {
    const path = join(directory, 'telemetry.sqlite');
    const other = new DatabaseSync(path);
    other.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    other.close();
    expect(() => openTelemetryDatabase(path)).toThrow(`version ${SCHEMA_VERSION + 1}`);
    const unchanged = new DatabaseSync(path);
    expect(unchanged.prepare("SELECT count(*) AS tables FROM sqlite_master WHERE type = 'table'").get()).toEqual({
      tables: 0,
    });
    unchanged.close();
  });
});
