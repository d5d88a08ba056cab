/** How the relay spaces out attempts to publish an event that failed. */
export interface OutboxRetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_OUTBOX_RETRY: OutboxRetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 300_000 };

/**
 * Delay before the next attempt after `attempts` failed ones: exponential, capped, with "equal jitter"
 * (half fixed, half random) so relays that failed together (an endpoint outage) do not retry in step,
 * yet never retry sooner than half the backoff. `random` returns [0, 1).
 */
export function outboxRetryDelayMs(attempts: number, policy: OutboxRetryPolicy, random: () => number): number {
  const exponent = Math.max(0, attempts - 1);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  return backoff / 2 + random() * (backoff / 2);
}
