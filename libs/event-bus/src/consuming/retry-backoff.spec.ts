import { MAX_VISIBILITY_TIMEOUT_SECONDS, retryDelaySeconds } from './retry-backoff';

describe(retryDelaySeconds.name, () => {
  it('doubles from one second with the default backoff, up to five minutes', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((attempt) => retryDelaySeconds(attempt));
    expect(schedule).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
  });

  it('follows a custom schedule and its cap', () => {
    const backoff = { initialDelaySeconds: 5, multiplier: 3, maxDelaySeconds: 100 };
    expect([1, 2, 3, 4].map((attempt) => retryDelaySeconds(attempt, backoff))).toEqual([5, 15, 45, 100]);
  });

  it('never asks SQS for more than its 12 hour visibility limit', () => {
    const backoff = { initialDelaySeconds: 3600, multiplier: 10, maxDelaySeconds: 10 ** 9 };
    expect(retryDelaySeconds(5, backoff)).toBe(MAX_VISIBILITY_TIMEOUT_SECONDS);
  });

  it('treats a missing receive count (attempt 0) like the first attempt', () => {
    expect(retryDelaySeconds(0)).toBe(1);
  });
});
