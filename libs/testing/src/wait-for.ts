const POLL_INTERVAL_MS = 50;
// A probe that makes a request waits longer between tries, so polling does not load what it watches.
const ASYNC_POLL_INTERVAL_MS = 200;

/**
 * Polls until `probe` returns something, then resolves with it. After `timeoutMs` it rejects with
 * "timed out waiting for <what>", so a failing test says what never came.
 */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  what: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = probe();
    const found = result instanceof Promise ? await result : result;
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`);
    const interval = result instanceof Promise ? ASYNC_POLL_INTERVAL_MS : POLL_INTERVAL_MS;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
