import { createConnection } from 'mysql2/promise';
import type { DatabaseLocation } from './database-location';

/** Runs a statement on the server without selecting a database (to create or drop one). */
async function onServer(location: DatabaseLocation, statement: string): Promise<unknown> {
  const connection = await createConnection({
    host: location.host,
    port: location.port,
    user: location.username,
    password: location.password,
  });
  try {
    const [rows] = await connection.query(statement);
    return rows;
  } finally {
    await connection.end();
  }
}

function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

export async function createDatabaseIfMissing(location: DatabaseLocation): Promise<void> {
  await onServer(
    location,
    `CREATE DATABASE IF NOT EXISTS ${quoteName(location.database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
}

export async function dropDatabaseIfExists(location: DatabaseLocation): Promise<void> {
  await onServer(location, `DROP DATABASE IF EXISTS ${quoteName(location.database)}`);
}

/** True when the server is MariaDB (whatever the URL scheme says). */
export async function isMariaDb(location: DatabaseLocation): Promise<boolean> {
  const rows = (await onServer(location, 'SELECT VERSION() AS version')) as { version: string }[];
  return rows[0]?.version.includes('MariaDB') ?? false;
}
