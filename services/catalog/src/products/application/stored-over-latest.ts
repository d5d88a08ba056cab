import { setTimeout as sleep } from 'node:timers/promises';
import { ProductChangedConcurrentlyError } from '../domain/product.errors';

/**
 * How many times a change is made before the request gives up with 409. An attempt fails only because another
 * write to one of its products was stored meanwhile (a bulk status change counts for every product it names), so
 * this many see a change through nineteen others landing at the same moment.
 */
export const MAX_WRITE_ATTEMPTS = 20;
// Between attempts a random pause of up to 5 ms × 2^attempt (at most 100 ms), so that the writers that lost
// a race do not all come back at once.
const PAUSE_BASE_MS = 5;
const PAUSE_MAX_MS = 100;

/**
 * Runs `attempt` (read the products, make the change, store it over the versions read) until it is stored:
 * `attempt` answers undefined when another write came first, and is then run again on what is stored now.
 * Every write thus starts from the latest version, and the events it publishes describe what was stored.
 */
export async function storedOverLatest<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 1; tries <= MAX_WRITE_ATTEMPTS; tries += 1) {
    const stored = await attempt();
    if (stored !== undefined) return stored;
    await sleep(Math.random() * Math.min(PAUSE_MAX_MS, PAUSE_BASE_MS * 2 ** tries));
  }
  throw new ProductChangedConcurrentlyError(what, MAX_WRITE_ATTEMPTS);
}
