import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA, SCHEMA_VERSION } from './schema';

export const IN_MEMORY = ':memory:';

/**
 * Opens (creating when needed) the telemetry store at `path` (or `:memory:`) with the tables of SCHEMA,
 * refusing a file that another version of the schema wrote (its version is kept in `user_version`).
 * WAL lets the query API read while the receivers write; incremental auto-vacuum lets retention hand
 * freed pages back to the file system, and has to be chosen before the first table exists.
 */
export function openTelemetryDatabase(path: string): DatabaseSync {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const database = new DatabaseSync(path);
  database.exec('PRAGMA auto_vacuum = INCREMENTAL');
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA synchronous = NORMAL');
  // Readers (the query API) and the retention sweep may briefly hold locks the writer waits for.
  database.exec('PRAGMA busy_timeout = 5000');
  const { user_version: stored } = database.prepare('PRAGMA user_version').get() as { user_version: number };
  if (stored !== 0 && stored !== SCHEMA_VERSION) {
    database.close();
    throw new Error(
      `${path} was written by telemetry store version ${stored}, this collector writes version ${SCHEMA_VERSION}: move or delete the file`,
    );
  }
  database.exec(SCHEMA);
  database.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  return database;
}
