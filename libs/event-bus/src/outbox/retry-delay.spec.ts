import { outboxRetryDelayMs } from './retry-delay';

const policy = { baseDelayMs: 1000, maxDelayMs: 60_000 };

describe(outboxRetryDelayMs.name, () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [7, 60_000],
    [40, 60_000],
  ])('after %i attempts backs off between half of and the full %i ms', (attempts, backoff) => {
    expect(outboxRetryDelayMs(attempts, policy, () => 0)).toBe(backoff / 2);
    expect(outboxRetryDelayMs(attempts, policy, () => 0.999999)).toBeCloseTo(backoff, -1);
  });
});
