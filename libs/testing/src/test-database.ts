import { randomBytes } from 'node:crypto';
import type { ConnectionOptions, RowDataPacket } from 'mysql2';
import { createConnection } from 'mysql2/promise';

const DEFAULT_SERVER_URL = 'mysql://root@127.0.0.1:3306';
// MySQL and MariaDB allow 64 characters in a database name.
const MAX_NAME_LENGTH = 64;

/** A database made for one test run; `url` points at it, `drop()` removes it. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty utf8mb4 database with a unique name starting with `prefix`, on the server named by
 * `TEST_DATABASE_URL` (default `mysql://root@127.0.0.1:3306`). Drop it in `afterAll`.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = (process.env['TEST_DATABASE_URL'] ?? DEFAULT_SERVER_URL).replace(/\/+$/, '');
  const unique = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${unique}`.slice(-MAX_NAME_LENGTH);

  await withServer(serverUrl, (connection) =>
    connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`),
  );
  return {
    url: `${serverUrl}/${name}`,
    name,
    drop: () => withServer(serverUrl, (connection) => connection.query(`DROP DATABASE IF EXISTS \`${name}\``)),
  };
}

/** `timezone: 'Z'` reads DATETIMEs as UTC; `supportBigNumbers` keeps BIGINTs and DECIMALs exact. */
export type QueryOptions = Pick<ConnectionOptions, 'timezone' | 'supportBigNumbers'>;

/** Runs one statement against a test database (a mysql: or mariadb: URL) and returns the rows. */
export async function queryRows<T>(
  databaseUrl: string,
  sql: string,
  values: unknown[] = [],
  options: QueryOptions = {},
): Promise<T[]> {
  const connection = await createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), ...options });
  try {
    const [rows] = await connection.query<RowDataPacket[]>(sql, values);
    return rows as T[];
  } finally {
    await connection.end();
  }
}

/** The `total` of a `SELECT COUNT(*) AS total ...`, as a number. */
export async function countRows(databaseUrl: string, sql: string, values: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ total: number | string }>(databaseUrl, sql, values);
  return Number(row?.total ?? 0);
}

async function withServer(
  serverUrl: string,
  work: (connection: Awaited<ReturnType<typeof createConnection>>) => Promise<unknown>,
): Promise<void> {
  // mysql2 speaks to MariaDB too; it only knows the mysql:// scheme.
  const connection = await createConnection({ uri: serverUrl.replace(/^mariadb:/, 'mysql:') });
  try {
    await work(connection);
  } finally {
    await connection.end();
  }
}
