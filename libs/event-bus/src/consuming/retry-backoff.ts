/** How long a failed message stays invisible before its next attempt: exponential, capped. */
export interface RetryBackoff {
  /** Delay after the first failed attempt. */
  readonly initialDelaySeconds: number;
  /** Each further failure multiplies the delay by this. */
  readonly multiplier: number;
  /** Upper bound of any delay. */
  readonly maxDelaySeconds: number;
}

/** SQS refuses a visibility timeout above 12 hours. */
export const MAX_VISIBILITY_TIMEOUT_SECONDS = 43_200;

/** 1 s, 2 s, 4 s, ... up to 5 minutes: a blip is retried at once, an outage is not hammered. */
export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { initialDelaySeconds: 1, multiplier: 2, maxDelaySeconds: 300 };

/**
 * The delay in whole seconds after the failure of attempt `attempt` (1 for the first delivery, which is
 * SQS's ApproximateReceiveCount).
 */
export function retryDelaySeconds(attempt: number, backoff: RetryBackoff = DEFAULT_RETRY_BACKOFF): number {
  const exponent = Math.max(0, attempt - 1);
  const delay = backoff.initialDelaySeconds * backoff.multiplier ** exponent;
  return Math.min(Math.round(delay), backoff.maxDelaySeconds, MAX_VISIBILITY_TIMEOUT_SECONDS);
}
