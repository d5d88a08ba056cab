import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from './schema';

export const IN_MEMORY = ':memory:';

/**
 * Opens (creating when needed) the telemetry store at `path` (or `:memory:`) with the tables of SCHEMA.
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
  database.exec(SCHEMA);
  return database;
}
