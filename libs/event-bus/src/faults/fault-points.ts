/**
 * Deterministic crash points for tests of the delivery guarantees, off unless `SHOP_FAULTS` lists them
 * (comma-separated), e.g. `SHOP_FAULTS=outbox.crash-after-publish`:
 *
 * - `outbox.crash-before-publish`: the relay dies after claiming events and before publishing them.
 * - `outbox.crash-after-publish`: the relay dies after publishing events and before marking them published.
 *
 * The process kills itself with SIGKILL, like an out-of-memory kill or a lost host: no shutdown hook,
 * no finally block, no flush runs.
 */
export type FaultPoint = 'outbox.crash-before-publish' | 'outbox.crash-after-publish';

/** The fault points enabled by a `SHOP_FAULTS` value. */
export function enabledFaults(setting: string | undefined): ReadonlySet<string> {
  return new Set(
    (setting ?? '')
      .split(',')
      .map((fault) => fault.trim())
      .filter((fault) => fault !== ''),
  );
}

/** Kills the process at `point` when the faults enabled include it; does nothing otherwise. */
export function crashAt(point: FaultPoint, faults: ReadonlySet<string>): void {
  if (!faults.has(point)) return;
  process.stderr.write(`fault injected: ${point}, killing the process\n`);
  process.kill(process.pid, 'SIGKILL');
}
