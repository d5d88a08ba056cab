import { retryDelaySeconds, type RetryBackoff } from './retry-backoff';

/** Why a message leaves its queue for the dead-letter queue. */
export type DeadLetterCause = 'poison' | 'no-handler' | 'retries-exhausted';

/** What the consumer does with a message after one attempt. */
export type DeliveryDecision =
  | { readonly kind: 'acknowledge' }
  | { readonly kind: 'retry'; readonly delaySeconds: number }
  | { readonly kind: 'dead-letter'; readonly cause: DeadLetterCause };

/** The result of reading and handling one received message. */
export type AttemptOutcome = 'handled' | 'handler-failed' | 'unreadable' | 'no-handler';

/**
 * The decision table of one attempt. `attempt` is the message's ApproximateReceiveCount; `maxReceiveCount`
 * the queue's redrive count. The last allowed attempt moves the message itself, so the reason travels with
 * it; SQS's own redrive (on receive number maxReceiveCount + 1) only catches what a crash left behind.
 * Unreadable messages never get better by retrying, so they leave at once.
 */
export function decideDelivery(
  outcome: AttemptOutcome,
  attempt: number,
  maxReceiveCount: number,
  backoff?: RetryBackoff,
): DeliveryDecision {
  switch (outcome) {
    case 'handled':
      return { kind: 'acknowledge' };
    case 'unreadable':
      return { kind: 'dead-letter', cause: 'poison' };
    case 'no-handler':
      return { kind: 'dead-letter', cause: 'no-handler' };
    case 'handler-failed':
      return attempt >= maxReceiveCount
        ? { kind: 'dead-letter', cause: 'retries-exhausted' }
        : { kind: 'retry', delaySeconds: retryDelaySeconds(attempt, backoff) };
  }
}
