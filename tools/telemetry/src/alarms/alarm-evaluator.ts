import type { DatabaseSync } from 'node:sqlite';
import { computeMetricValues, MetricQueryError } from '../metrics';
import { type AlarmDefinition, type AlarmState, DEFAULT_TRAINING_PERIODS, isBandComparison } from './alarm-definition';
import { anomalyBand, type Band, MIN_TRAINING_DATAPOINTS } from './anomaly-band';

export interface AlarmEvaluation {
  readonly state: AlarmState;
  readonly reason: string;
  /** The newest datapoint of the evaluation window. */
  readonly lastValue: number | null;
  readonly band: Band | null;
}

/**
 * Evaluates an alarm at `nowUs` as CloudWatch does: the statistic of the last `evaluationPeriods`
 * complete periods (the period still running is left out), and for band comparisons the band learned
 * from the `trainingPeriods` before them.
 */
export function evaluateAlarm(
  db: DatabaseSync,
  definition: AlarmDefinition,
  nowUs: number,
  currentState: AlarmState,
): AlarmEvaluation {
  const periodUs = definition.periodSeconds * 1_000_000;
  const windowEndUs = Math.floor(nowUs / periodUs) * periodUs;
  const windowStartUs = windowEndUs - definition.evaluationPeriods * periodUs;
  const trainingPeriods = isBandComparison(definition.comparison)
    ? (definition.anomalyBand?.trainingPeriods ?? DEFAULT_TRAINING_PERIODS)
    : 0;
  let values: (number | null)[];
  try {
    const result = computeMetricValues(db, {
      name: definition.metric.name,
      stat: definition.metric.stat,
      periodSeconds: definition.periodSeconds,
      fromUs: windowStartUs - trainingPeriods * periodUs,
      toUs: windowEndUs,
      ...(definition.metric.service === undefined ? {} : { service: definition.metric.service }),
      ...(definition.metric.where === undefined ? {} : { where: definition.metric.where }),
    });
    values = result.series[0]?.values ?? [];
  } catch (error) {
    if (!(error instanceof MetricQueryError)) throw error;
    return { state: 'INSUFFICIENT_DATA', reason: `Unable to evaluate: ${error.message}`, lastValue: null, band: null };
  }
  const training = values.slice(0, trainingPeriods);
  const window = values.slice(trainingPeriods);
  const band = isBandComparison(definition.comparison)
    ? anomalyBand(training, definition.anomalyBand?.standardDeviations ?? 2)
    : null;
  return judgeDatapoints(definition, window, band, currentState);
}

/**
 * The state the window's datapoints (oldest first, null = missing) put the alarm in. ALARM when at least
 * `datapointsToAlarm` breach; missing datapoints count as breaching or not for `breaching` and
 * `notBreaching`, and are left out for `missing` and `ignore`. Not alarming with at least
 * `datapointsToAlarm` datapoints is OK; with fewer it is INSUFFICIENT_DATA, except that `ignore` keeps
 * the current state.
 */
export function judgeDatapoints(
  definition: AlarmDefinition,
  window: readonly (number | null)[],
  band: Band | null,
  currentState: AlarmState,
): AlarmEvaluation {
  const lastValue = [...window].reverse().find((value) => value !== null) ?? null;
  const comparison = comparisonOf(definition, band);
  if (comparison === null) {
    return {
      state: 'INSUFFICIENT_DATA',
      reason: `Insufficient Data: fewer than ${MIN_TRAINING_DATAPOINTS} datapoints to learn the anomaly band from`,
      lastValue,
      band,
    };
  }
  const { treatMissingData, datapointsToAlarm: needed } = definition;
  const judged = window.map((value) => {
    if (value !== null) return comparison.breaches(value);
    if (treatMissingData === 'breaching') return true;
    if (treatMissingData === 'notBreaching') return false;
    return null;
  });
  const breaching = judged.filter((breach) => breach === true).length;
  const counted = judged.filter((breach) => breach !== null).length;
  const shown = `[${window.map(formatValue).join(', ')}]`;
  const lastN = `out of the last ${window.length} datapoints ${shown}`;
  if (breaching >= needed) {
    return {
      state: 'ALARM',
      reason: `Threshold Crossed: ${breaching} ${lastN} were ${comparison.phrase} (${needed} needed to alarm).`,
      lastValue,
      band,
    };
  }
  if (counted >= needed) {
    return {
      state: 'OK',
      reason: `Threshold Crossed: ${breaching} ${lastN} were ${comparison.phrase} (${needed} needed to alarm).`,
      lastValue,
      band,
    };
  }
  const scarce = `${counted} ${lastN} exist, ${needed} needed`;
  if (treatMissingData === 'ignore' && currentState !== 'INSUFFICIENT_DATA') {
    return { state: currentState, reason: `State kept (missing data ignored): ${scarce}.`, lastValue, band };
  }
  return { state: 'INSUFFICIENT_DATA', reason: `Insufficient Data: ${scarce}.`, lastValue, band };
}

interface Comparison {
  readonly phrase: string;
  breaches(value: number): boolean;
}

function comparisonOf(definition: AlarmDefinition, band: Band | null): Comparison | null {
  const threshold = definition.threshold ?? 0;
  const t = formatValue(threshold);
  switch (definition.comparison) {
    case 'GreaterThanThreshold':
      return { phrase: `greater than the threshold (${t})`, breaches: (value) => value > threshold };
    case 'GreaterThanOrEqualToThreshold':
      return { phrase: `greater than or equal to the threshold (${t})`, breaches: (value) => value >= threshold };
    case 'LessThanThreshold':
      return { phrase: `less than the threshold (${t})`, breaches: (value) => value < threshold };
    case 'LessThanOrEqualToThreshold':
      return { phrase: `less than or equal to the threshold (${t})`, breaches: (value) => value <= threshold };
    case 'GreaterThanUpperThreshold':
      if (band === null) return null;
      return {
        phrase: `greater than the band's upper end (${formatValue(band.upper)})`,
        breaches: (v) => v > band.upper,
      };
    case 'LessThanLowerThreshold':
      if (band === null) return null;
      return { phrase: `less than the band's lower end (${formatValue(band.lower)})`, breaches: (v) => v < band.lower };
    case 'LessThanLowerOrGreaterThanUpperThreshold':
      if (band === null) return null;
      return {
        phrase: `outside the band (${formatValue(band.lower)} to ${formatValue(band.upper)})`,
        breaches: (value) => value < band.lower || value > band.upper,
      };
  }
}

function formatValue(value: number | null): string {
  return value === null ? '-' : String(Number(value.toPrecision(6)));
}
