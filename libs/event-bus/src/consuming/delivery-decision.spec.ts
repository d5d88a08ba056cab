import { decideDelivery, type AttemptOutcome, type DeliveryDecision } from './delivery-decision';

const MAX_RECEIVE_COUNT = 3;

describe(decideDelivery.name, () => {
  const table: [AttemptOutcome, number, DeliveryDecision][] = [
    ['handled', 1, { kind: 'acknowledge' }],
    ['handled', 3, { kind: 'acknowledge' }],
    ['handler-failed', 1, { kind: 'retry', delaySeconds: 1 }],
    ['handler-failed', 2, { kind: 'retry', delaySeconds: 2 }],
    ['handler-failed', 3, { kind: 'dead-letter', cause: 'retries-exhausted' }],
    // Past the redrive count (SQS's own move did not happen, e.g. no DLQ resolver): never retried again.
    ['handler-failed', 4, { kind: 'dead-letter', cause: 'retries-exhausted' }],
    ['unreadable', 1, { kind: 'dead-letter', cause: 'poison' }],
    ['no-handler', 1, { kind: 'dead-letter', cause: 'no-handler' }],
  ];

  it.each(table)('%s on attempt %i of 3 → %j', (outcome, attempt, decision) => {
    expect(decideDelivery(outcome, attempt, MAX_RECEIVE_COUNT)).toEqual(decision);
  });

  it('uses the given backoff for the retry delay', () => {
    const backoff = { initialDelaySeconds: 10, multiplier: 2, maxDelaySeconds: 60 };
    expect(decideDelivery('handler-failed', 2, 5, backoff)).toEqual({ kind: 'retry', delaySeconds: 20 });
  });

  it('dead-letters at once on a queue that allows a single receive', () => {
    expect(decideDelivery('handler-failed', 1, 1)).toEqual({ kind: 'dead-letter', cause: 'retries-exhausted' });
  });
});
