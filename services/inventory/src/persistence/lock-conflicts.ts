import { setTimeout as sleep } from 'node:timers/promises';
import { QueryFailedError } from 'typeorm';

// MySQL/MariaDB 1213 and 1205: the transaction was rolled back (deadlock victim) or gave up waiting; it
// did nothing, so running it again is safe.
const LOCK_CONFLICTS: ReadonlySet<string> = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const DEFAULT_ATTEMPTS = 5;
const BASE_DELAY_MS = 20;

export function isLockConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown }).code;
  return typeof code === 'string' && LOCK_CONFLICTS.has(code);
}

/** Runs `transaction` again after a lock conflict, a few times, with a random growing pause in between. */
export async function retryOnLockConflict<T>(transaction: () => Promise<T>, attempts = DEFAULT_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error)) throw error;
      await sleep(Math.random() * BASE_DELAY_MS * 2 ** attempt);
    }
  }
}
