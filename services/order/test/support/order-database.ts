import { countRows, queryRows } from '@shop/testing';

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
