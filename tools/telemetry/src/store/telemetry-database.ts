import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA, SCHEMA_UPGRADES, SCHEMA_VERSION } from './schema';

export const IN_MEMORY = ':memory:';

/**
 * Opens (creating when needed) the telemetry store at `path` (or `:memory:`) with the tables of SCHEMA.
 * A file an older version of the schema wrote is upgraded in place (SCHEMA_UPGRADES), one that another
 * version wrote is refused (the version is kept in `user_version`).
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
  const upgrades = upgradesFrom(stored);
  if (!upgrades) {
    database.close();
    throw new Error(
      `${path} was written by telemetry store version ${stored}, this collector writes version ${SCHEMA_VERSION}: move or delete the file`,
    );
  }
  try {
    database.exec('BEGIN IMMEDIATE');
    for (const upgrade of upgrades) database.exec(upgrade(Date.now() * 1000));
    database.exec(SCHEMA);
    database.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    database.exec('COMMIT');
  } catch (error) {
    if (database.isTransaction) database.exec('ROLLBACK');
    database.close();
    throw error;
  }
  return database;
}

/** The upgrades from version `stored` to SCHEMA_VERSION (none for a new or current store); undefined when there are none. */
function upgradesFrom(stored: number): ((nowUs: number) => string)[] | undefined {
  if (stored === 0 || stored === SCHEMA_VERSION) return [];
  if (stored > SCHEMA_VERSION) return undefined;
  const upgrades = [];
  for (let version = stored + 1; version <= SCHEMA_VERSION; version += 1) {
    const upgrade = SCHEMA_UPGRADES.get(version);
    if (!upgrade) return undefined;
    upgrades.push(upgrade);
  }
  return upgrades;
}
