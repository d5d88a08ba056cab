const POLL_INTERVAL_MS = 50;

/**
 * Polls until `probe` returns something, then resolves with it. After `timeoutMs` it rejects with
 * "timed out waiting for <what>", so a failing test says what never came.
 */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
