import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from './schema';
import { openTelemetryDatabase } from './telemetry-database';

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
