import type { Checked } from '@/lib/admin/form-action';
import { hasErrors, textField, type FieldErrors } from '@/lib/admin/form-data';
import {
  BAND_COMPARISONS,
  METRIC_STATS,
  THRESHOLD_COMPARISONS,
  TREAT_MISSING_DATA,
  type AlarmDefinition,
  type AlarmView,
  type Comparison,
  type MetricStat,
  type TreatMissingData,
} from './types';

export const ALARM_FIELDS = [
  'name',
  'description',
  'metricName',
  'stat',
  'service',
  'where',
  'periodSeconds',
  'evaluationPeriods',
  'datapointsToAlarm',
  'comparison',
  'threshold',
  'standardDeviations',
  'trainingPeriods',
  'treatMissingData',
] as const;
export type AlarmField = (typeof ALARM_FIELDS)[number];

/** What the operator typed, as text, so a refused form comes back as it was. */
export type AlarmFormValues = Record<AlarmField, string>;

// As the API's path takes it (tools/telemetry alarm routes): the name is the alarm's address there.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const WHERE_LINE = /^([^=\s][^=]*?)\s*=\s*(.*)$/;
const MAX_DESCRIPTION_LENGTH = 1024;

export const EMPTY_ALARM: AlarmFormValues = {
  name: '',
  description: '',
  metricName: '',
  stat: 'sum',
  service: '',
  where: '',
  periodSeconds: '60',
  evaluationPeriods: '5',
  datapointsToAlarm: '3',
  comparison: 'GreaterThanThreshold',
  threshold: '',
  standardDeviations: '2',
  trainingPeriods: '',
  treatMissingData: 'missing',
};

export function alarmFormValues(form: FormData): AlarmFormValues {
  return Object.fromEntries(
    ALARM_FIELDS.map((field) => [
      field,
      field === 'where' || field === 'description' ? textField(form, field) : textField(form, field).trim(),
    ]),
  ) as AlarmFormValues;
}

export function alarmValuesOf(alarm: AlarmView): AlarmFormValues {
  return {
    name: alarm.name,
    description: alarm.description ?? '',
    metricName: alarm.metric.name,
    stat: alarm.metric.stat,
    service: alarm.metric.service ?? '',
    where: Object.entries(alarm.metric.where ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join('\n'),
    periodSeconds: String(alarm.periodSeconds),
    evaluationPeriods: String(alarm.evaluationPeriods),
    datapointsToAlarm: String(alarm.datapointsToAlarm),
    comparison: alarm.comparison,
    threshold: alarm.threshold === undefined ? '' : String(alarm.threshold),
    standardDeviations: String(alarm.anomalyBand?.standardDeviations ?? EMPTY_ALARM.standardDeviations),
    trainingPeriods: alarm.anomalyBand?.trainingPeriods === undefined ? '' : String(alarm.anomalyBand.trainingPeriods),
    treatMissingData: alarm.treatMissingData,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

export function isBandComparison(comparison: string): boolean {
  return oneOf(comparison, BAND_COMPARISONS);
}

/** A whole number within the bounds, else null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function decimal(text: string): number | null {
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** The `key=value` lines of the dimension filter, or the first line that is not one. */
function whereOf(text: string): { ok: true; where: Record<string, string> } | { ok: false; line: string } {
  const where: Record<string, string> = {};
  for (const line of text.split('\n').map((one) => one.trim())) {
    if (line === '') continue;
    const match = WHERE_LINE.exec(line);
    if (!match?.[1] || match[2] === undefined) return { ok: false, line };
    where[match[1].trim()] = match[2].trim();
  }
  return { ok: true, where };
}

/** Checks an alarm form the way the telemetry API will; the definition to send when nothing is wrong. */
export function validateAlarm(values: AlarmFormValues): Checked<AlarmDefinition, AlarmField> {
  const errors: FieldErrors<AlarmField> = {};
  if (values.name === '') errors.name = 'Enter a name';
  else if (!NAME_PATTERN.test(values.name)) {
    errors.name = 'Use up to 128 letters, digits, dots, dashes or underscores, starting with a letter or digit';
  }
  if (values.description.length > MAX_DESCRIPTION_LENGTH) {
    errors.description = `Use at most ${MAX_DESCRIPTION_LENGTH} characters`;
  }
  if (values.metricName === '') errors.metricName = 'Choose the metric to watch';
  if (!oneOf<MetricStat>(values.stat, METRIC_STATS)) errors.stat = 'Choose a statistic';
  const where = whereOf(values.where);
  if (!where.ok) errors.where = `Write one key=value per line; "${where.line}" is not one`;
  const periodSeconds = wholeNumber(values.periodSeconds, 10, 86_400);
  if (periodSeconds === null) errors.periodSeconds = 'Enter whole seconds from 10 to 86400';
  const evaluationPeriods = wholeNumber(values.evaluationPeriods, 1, 100);
  if (evaluationPeriods === null) errors.evaluationPeriods = 'Enter a whole number from 1 to 100';
  const datapointsToAlarm = wholeNumber(values.datapointsToAlarm, 1, evaluationPeriods ?? 100);
  if (datapointsToAlarm === null) {
    errors.datapointsToAlarm = `Enter a whole number from 1 to the periods evaluated${evaluationPeriods === null ? '' : ` (${evaluationPeriods})`}`;
  }
  const comparison = values.comparison;
  const band = isBandComparison(comparison);
  if (!oneOf<Comparison>(comparison, [...THRESHOLD_COMPARISONS, ...BAND_COMPARISONS])) {
    errors.comparison = 'Choose a comparison';
  }
  const threshold = decimal(values.threshold);
  if (!band && threshold === null) errors.threshold = 'Enter the threshold, a number like 0.5 or 100';
  const standardDeviations = decimal(values.standardDeviations);
  if (band && (standardDeviations === null || standardDeviations < 0.1 || standardDeviations > 10)) {
    errors.standardDeviations = 'Enter a band width from 0.1 to 10 standard deviations';
  }
  const trainingPeriods = values.trainingPeriods === '' ? undefined : wholeNumber(values.trainingPeriods, 2, 10_000);
  if (band && trainingPeriods === null)
    errors.trainingPeriods = 'Leave empty, or enter a whole number of periods from 2';
  if (!oneOf<TreatMissingData>(values.treatMissingData, TREAT_MISSING_DATA)) {
    errors.treatMissingData = 'Choose how missing data counts';
  }
  if (
    hasErrors(errors) ||
    !where.ok ||
    !oneOf<Comparison>(comparison, [...THRESHOLD_COMPARISONS, ...BAND_COMPARISONS])
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    body: {
      name: values.name,
      ...(values.description.trim() === '' ? {} : { description: values.description.trim() }),
      metric: {
        name: values.metricName,
        stat: values.stat as MetricStat,
        ...(values.service === '' ? {} : { service: values.service }),
        ...(Object.keys(where.where).length === 0 ? {} : { where: where.where }),
      },
      periodSeconds: periodSeconds as number,
      evaluationPeriods: evaluationPeriods as number,
      datapointsToAlarm: datapointsToAlarm as number,
      comparison,
      ...(band
        ? {
            anomalyBand: {
              standardDeviations: standardDeviations as number,
              ...(trainingPeriods === undefined || trainingPeriods === null ? {} : { trainingPeriods }),
            },
          }
        : { threshold: threshold as number }),
      treatMissingData: values.treatMissingData as TreatMissingData,
    },
  };
}

const COMPARISON_TEXT: Record<Comparison, string> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '≥',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
  GreaterThanUpperThreshold: 'above the band',
  LessThanLowerThreshold: 'below the band',
  LessThanLowerOrGreaterThanUpperThreshold: 'outside the band',
};

/** The condition in a few words: "p99 > 0.5 for 3 of 5 × 1 min". */
export function conditionText(alarm: AlarmDefinition): string {
  const target = alarm.anomalyBand
    ? `${COMPARISON_TEXT[alarm.comparison]} (${alarm.anomalyBand.standardDeviations} σ)`
    : `${COMPARISON_TEXT[alarm.comparison]} ${alarm.threshold ?? ''}`;
  return `${alarm.metric.stat} ${target} for ${alarm.datapointsToAlarm} of ${alarm.evaluationPeriods} × ${alarm.periodSeconds} s`;
}
