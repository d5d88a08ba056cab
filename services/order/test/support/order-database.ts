import type { RowDataPacket } from 'mysql2';
import { createConnection } from 'mysql2/promise';

/** Reads the order service's database directly, to check what a request did or did not write. */
export async function queryRows<T extends Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const connection = await createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
  try {
    const [rows] = await connection.query<(T & RowDataPacket)[]>(sql, values);
    return rows;
  } finally {
    await connection.end();
  }
}

export async function countRows(databaseUrl: string, sql: string, values: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ total: number | string }>(databaseUrl, sql, values);
  return Number(row?.total ?? 0);
}

/** Outbox rows of events of `type` about `orderId` (one per destination). */
export function outboxRowsOf(databaseUrl: string, type: string, orderId: string): Promise<{ id: string }[]> {
  return queryRows(databaseUrl, 'SELECT `id` FROM `outbox_events` WHERE `type` = ? AND `envelope` LIKE ?', [
    type,
    `%${orderId}%`,
  ]);
}

export function inboxHas(databaseUrl: string, eventId: string): Promise<boolean> {
  return countRows(databaseUrl, 'SELECT COUNT(*) AS total FROM `inbox_events` WHERE `event_id` = ?', [eventId]).then(
    (count) => count > 0,
  );
}
