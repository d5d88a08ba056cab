/** Explicit-bucket histogram counts: `counts[i]` observations ≤ `bounds[i]`, the last one above every bound. */
export interface BucketedHistogram {
  readonly bounds: readonly number[];
  readonly counts: readonly number[];
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * The q-quantile (0..1) of a histogram the way Prometheus' `histogram_quantile` estimates it: find the
 * bucket holding the rank and interpolate linearly inside it. The first bucket starts at the smallest
 * observation (or 0), the overflow bucket ends at the largest (or the last bound); the estimate never
 * leaves [min, max] when those are known. Null without observations.
 */
export function histogramQuantile(q: number, histogram: BucketedHistogram): number | null {
  const total = histogram.counts.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return null;
  const { bounds, counts, min, max } = histogram;
  const rank = q * total;
  let below = 0;
  let index = 0;
  while (index < counts.length - 1 && (counts[index] === 0 || below + counts[index]! < rank)) {
    below += counts[index++]!;
  }
  const inBucket = counts[index]!;
  let lower = index === 0 ? Math.min(0, bounds[0] ?? 0) : bounds[index - 1]!;
  let upper = index < bounds.length ? bounds[index]! : (bounds[bounds.length - 1] ?? 0);
  if (min !== null) lower = Math.max(lower, Math.min(min, upper));
  if (max !== null) upper = index < bounds.length ? Math.min(upper, max) : Math.max(upper, max);
  const fraction = inBucket > 0 ? Math.min(1, Math.max(0, (rank - below) / inBucket)) : 1;
  const estimate = lower + (upper - lower) * fraction;
  return clamp(estimate, min, max);
}

function clamp(value: number, min: number | null, max: number | null): number {
  const atLeastMin = min === null ? value : Math.max(value, min);
  return max === null ? atLeastMin : Math.min(atLeastMin, max);
}

/**
 * Adds one histogram's counts into `target` (bounds `targetBounds`). Bounds differ only when a service
 * changed its buckets; each source bucket then goes to the target bucket holding its upper bound.
 */
export function addBucketCounts(
  target: number[],
  targetBounds: readonly number[],
  bounds: readonly number[],
  counts: readonly number[],
): void {
  const same = bounds.length === targetBounds.length && bounds.every((bound, i) => bound === targetBounds[i]);
  counts.forEach((count, i) => {
    const index = same ? i : targetIndexOf(bounds[i] ?? Infinity, targetBounds);
    target[index] = (target[index] ?? 0) + count;
  });
}

function targetIndexOf(upper: number, targetBounds: readonly number[]): number {
  const index = targetBounds.findIndex((bound) => upper <= bound);
  return index === -1 ? targetBounds.length : index;
}
