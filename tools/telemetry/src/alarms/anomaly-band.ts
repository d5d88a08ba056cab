export interface Band {
  readonly lower: number;
  readonly upper: number;
}

/** Fewer training datapoints than this and the band is unknown (the alarm has insufficient data). */
export const MIN_TRAINING_DATAPOINTS = 5;
/** A flat history still gets a band this wide, relative to its mean … */
const MIN_RELATIVE_SPREAD = 0.1;
/** … and at least this wide in the metric's unit, so a history of zeros does not alarm on the first request. */
const MIN_ABSOLUTE_SPREAD = 0.01;

/**
 * The expected range of the next values, learned from the training periods before the evaluation
 * window: mean ± k × spread, where the spread is the standard deviation of the training datapoints (empty
 * periods skipped) but at least 10 % of the mean's size and at least 0.01. A plain model, not
 * CloudWatch's (which also learns daily and weekly seasonality): steady metrics get a tight band, noisy
 * ones a wide one, and a history too flat to have a deviation still leaves room for noise.
 */
export function anomalyBand(training: readonly (number | null)[], standardDeviations: number): Band | null {
  const values = training.filter((value): value is number => value !== null);
  if (values.length < MIN_TRAINING_DATAPOINTS) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  const spread = Math.max(Math.sqrt(variance), MIN_RELATIVE_SPREAD * Math.abs(mean), MIN_ABSOLUTE_SPREAD);
  return { lower: mean - standardDeviations * spread, upper: mean + standardDeviations * spread };
}
