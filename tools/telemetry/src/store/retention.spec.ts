import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { Retention } from './retention';
import { openTelemetryDatabase } from './telemetry-database';

const HOUR_US = 3_600_000_000;
const NOW_US = 1_000 * HOUR_US;

describe('Retention', () => {
  let directory: string;
  let file: string;
  let database: DatabaseSync;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'telemetry-retention-'));
    file = join(directory, 'telemetry.sqlite');
    database = openTelemetryDatabase(file);
  });

  afterEach(() => {
    database.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** `perHour` spans, logs and metric points in each of the `hours` before NOW_US, with bulky attributes. */
  function fill(hours: number, perHour: number): void {
    const span = database.prepare(
      `INSERT INTO spans (trace_id, span_id, service, name, kind, start_us, end_us, duration_us, status_code, attributes, resource, events, links, scope)
       VALUES (?, ?, 's', 'n', 1, ?, ?, 0, 0, ?, '{}', '[]', '[]', '')`,
    );
    const trace = database.prepare(
      `INSERT INTO traces (trace_id, start_us, end_us, span_count, error_count, services) VALUES (?, ?, ?, 1, 0, '["s"]')`,
    );
    const log = database.prepare(
      `INSERT INTO logs (time_us, service, severity_number, severity_text, body, attributes, resource) VALUES (?, 's', 9, 'info', ?, '{}', '{}')`,
    );
    const point = database.prepare(
      `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value) VALUES ('m', 's', 'gauge', '', '{}', ?, 1)`,
    );
    const history = database.prepare(
      `INSERT INTO alarm_history (name, time_us, old_state, new_state, reason) VALUES ('a', ?, 'OK', 'ALARM', 'r')`,
    );
    const bulk = JSON.stringify({ padding: 'x'.repeat(400) });
    database.exec('BEGIN');
    for (let hour = 0; hour < hours; hour += 1) {
      for (let index = 0; index < perHour; index += 1) {
        const time = NOW_US - (hour + 1) * HOUR_US + index;
        const traceId = `${hour}-${index}`;
        span.run(traceId, 'a', time, time + 1, bulk);
        trace.run(traceId, time, time + 1);
        log.run(time, bulk);
        point.run(time);
      }
      history.run(NOW_US - (hour + 1) * HOUR_US);
    }
    database.exec('COMMIT');
  }

  const count = (table: string) => Number(database.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.n);
  const oldestUs = (table: string, column: string) =>
    Number(database.prepare(`SELECT min(${column}) AS t FROM ${table}`).get()?.t);

  it('deletes every kind of row older than the retention period', () => {
    fill(10, 20);
    const retention = new Retention(database, { retentionHours: 4, maxBytes: 1024 ** 3, nowUs: () => NOW_US });

    const result = retention.sweep();

    for (const table of ['spans', 'traces', 'logs', 'metric_points']) expect(count(table)).toBe(4 * 20);
    expect(count('alarm_history')).toBe(4);
    expect(result.deletedRows).toBe(6 * (4 * 20 + 1));
    expect(oldestUs('spans', 'start_us')).toBe(NOW_US - 4 * HOUR_US);
  });

  it('deletes the oldest rows until the file fits the size bound, and shrinks the file', () => {
    fill(20, 200);
    database.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const fullSize = statSync(file).size;
    const maxBytes = Math.floor(fullSize / 3);
    const retention = new Retention(database, { retentionHours: 1000, maxBytes, nowUs: () => NOW_US });

    const result = retention.sweep();

    expect(result.sizeBytes).toBeLessThanOrEqual(maxBytes);
    expect(statSync(file).size).toBeLessThanOrEqual(maxBytes);
    const spans = count('spans');
    expect(spans).toBeGreaterThan(0);
    expect(spans).toBeLessThan((20 * 200) / 2);
    // What is left is the newest: everything after some cutoff, nothing before it.
    const newest = Number(database.prepare('SELECT max(start_us) AS t FROM spans').get()?.t);
    expect(newest).toBe(NOW_US - HOUR_US + 199);
    expect(count('logs')).toBe(spans);
    expect(oldestUs('logs', 'time_us')).toBe(oldestUs('spans', 'start_us'));
  });

  it('deletes the metric series not seen within the retention period, by age only', () => {
    const series = database.prepare(
      `INSERT INTO metric_series (series_key, start_us, value, seen_us) VALUES (?, 0, 1, ?)`,
    );
    const seen = { stale: NOW_US - 5 * HOUR_US, onTheBound: NOW_US - 4 * HOUR_US, recent: NOW_US - HOUR_US };
    for (const [key, seenUs] of Object.entries(seen)) series.run(key, seenUs);
    fill(10, 20);
    const keys = () => database.prepare('SELECT series_key FROM metric_series ORDER BY series_key').all();

    const byAge = new Retention(database, { retentionHours: 4, maxBytes: 1024 ** 3, nowUs: () => NOW_US }).sweep();

    expect(keys()).toEqual([{ series_key: 'onTheBound' }, { series_key: 'recent' }]);
    expect(byAge.deletedRows).toBe(6 * (4 * 20 + 1) + 1);

    // Over the size bound, the oldest slices of spans, logs and points go; the series stay.
    new Retention(database, { retentionHours: 1000, maxBytes: 1, nowUs: () => NOW_US }).sweep();
    expect(count('spans')).toBe(0);
    expect(keys()).toEqual([{ series_key: 'onTheBound' }, { series_key: 'recent' }]);
  });

  it('leaves a store within both bounds alone', () => {
    fill(2, 10);
    const retention = new Retention(database, { retentionHours: 24, maxBytes: 1024 ** 3, nowUs: () => NOW_US });
    expect(retention.sweep().deletedRows).toBe(0);
    expect(count('spans')).toBe(20);
  });
});
