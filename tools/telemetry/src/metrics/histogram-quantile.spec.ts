import { addBucketCounts, histogramQuantile } from './histogram-quantile';

const bounds = [0.1, 0.5, 1];

describe(histogramQuantile.name, () => {
  it.each([
    ['interpolates inside the first bucket from 0', 0.25, [4, 0, 0, 0], null, null, 0.025],
    ['starts the first bucket at the min and ends it at the max', 0.25, [4, 0, 0, 0], 0.02, 0.08, 0.035],
    ['skips empty buckets for the lowest rank', 0, [0, 0, 3, 1], null, null, 0.5],
    ['returns the last bound for the overflow bucket without a max', 0.99, [0, 0, 0, 2], null, null, 1],
    ['interpolates between the min and the max inside one bucket', 0.01, [10, 0, 0, 0], 0.09, 0.1, 0.0901],
    ['has no value without observations', 0.5, [0, 0, 0, 0], null, null, null],
  ])('%s', (_, q, counts, min, max, expected) => {
    const estimate = histogramQuantile(q, { bounds, counts, min, max });
    if (expected === null) expect(estimate).toBeNull();
    else expect(estimate).toBeCloseTo(expected, 10);
  });
});

describe(addBucketCounts.name, () => {
  it('adds counts with the same bounds bucket by bucket', () => {
    const target = [1, 1, 1, 1];
    addBucketCounts(target, bounds, bounds, [1, 2, 3, 4]);
    expect(target).toEqual([2, 3, 4, 5]);
  });

  it('moves counts with other bounds to the bucket holding their upper bound', () => {
    const target = [0, 0, 0, 0];
    addBucketCounts(target, bounds, [0.25, 1], [1, 2, 3]);
    expect(target).toEqual([0, 1, 2, 3]);
  });
});
