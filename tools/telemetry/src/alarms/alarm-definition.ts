import { z } from '@shop/config';
import { METRIC_STATS } from '../metrics';

export const THRESHOLD_COMPARISONS = [
  'GreaterThanThreshold',
  'GreaterThanOrEqualToThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;
export const BAND_COMPARISONS = [
  'GreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
] as const;
export const TREAT_MISSING_DATA = ['missing', 'notBreaching', 'breaching', 'ignore'] as const;
export const ALARM_STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;

export type ThresholdComparison = (typeof THRESHOLD_COMPARISONS)[number];
export type BandComparison = (typeof BAND_COMPARISONS)[number];
export type AlarmState = (typeof ALARM_STATES)[number];

/** How many periods before the evaluation window an anomaly band learns from, unless the alarm says. */
export const DEFAULT_TRAINING_PERIODS = 60;

/** An alarm's name: it is a path segment of the query API, so letters, digits, dots, dashes and underscores. */
export const alarmName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, {
  message: 'must be 1-128 letters, digits, dots, dashes or underscores, starting with a letter or digit',
});

/** An alarm definition as PUT sends it (the name comes from the path). */
export const alarmDefinitionBody = z
  .object({
    description: z.string().max(1024, { message: 'must be at most 1024 characters' }).optional(),
    metric: z
      .object({
        name: z.string().min(1, { message: 'must name a metric' }).max(255),
        stat: z.enum(METRIC_STATS, { message: `must be one of ${METRIC_STATS.join(', ')}` }),
        service: z.string().min(1).optional(),
        where: z.record(z.string(), z.string()).optional(),
      })
      .strict(),
    periodSeconds: z
      .number()
      .int({ message: 'must be whole seconds' })
      .min(10, { message: 'must be at least 10 seconds' })
      .max(86_400, { message: 'must be at most 86400 seconds (a day)' }),
    evaluationPeriods: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(100, { message: 'must be at most 100' }),
    datapointsToAlarm: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }),
    comparison: z.enum([...THRESHOLD_COMPARISONS, ...BAND_COMPARISONS], {
      message: `must be one of ${[...THRESHOLD_COMPARISONS, ...BAND_COMPARISONS].join(', ')}`,
    }),
    threshold: z.number().finite().optional(),
    anomalyBand: z
      .object({
        standardDeviations: z
          .number()
          .min(0.1, { message: 'must be at least 0.1' })
          .max(10, { message: 'must be at most 10' }),
        trainingPeriods: z
          .number()
          .int()
          .min(5, { message: 'must be at least 5' })
          .max(1000, { message: 'must be at most 1000' })
          .optional(),
      })
      .strict()
      .optional(),
    treatMissingData: z.enum(TREAT_MISSING_DATA, { message: `must be one of ${TREAT_MISSING_DATA.join(', ')}` }),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.datapointsToAlarm > body.evaluationPeriods) {
      context.addIssue({
        code: 'custom',
        path: ['datapointsToAlarm'],
        message: `must be at most evaluationPeriods (${body.evaluationPeriods})`,
      });
    }
    if (isBandComparison(body.comparison)) {
      if (body.anomalyBand === undefined) {
        context.addIssue({ code: 'custom', path: ['anomalyBand'], message: `is required with ${body.comparison}` });
      }
      if (body.threshold !== undefined) {
        context.addIssue({ code: 'custom', path: ['threshold'], message: `is not used with ${body.comparison}` });
      }
    } else {
      if (body.threshold === undefined) {
        context.addIssue({ code: 'custom', path: ['threshold'], message: `is required with ${body.comparison}` });
      }
      if (body.anomalyBand !== undefined) {
        context.addIssue({ code: 'custom', path: ['anomalyBand'], message: `is only used with a band comparison` });
      }
    }
  });

export type AlarmDefinitionBody = z.infer<typeof alarmDefinitionBody>;
export type AlarmDefinition = AlarmDefinitionBody & { readonly name: string };

export interface AlarmView extends AlarmDefinition {
  readonly state: AlarmState;
  readonly stateReason: string;
  readonly stateUpdatedAt: string;
  readonly lastValue: number | null;
  readonly band: { lower: number; upper: number } | null;
}

/** A definition that cannot be stored: one `{ field, message }` per problem (the API answers 400). */
export class AlarmDefinitionError extends Error {
  override readonly name = 'AlarmDefinitionError';

  constructor(readonly details: { field: string; message: string }[]) {
    super(details.map((detail) => (detail.field ? `${detail.field} ${detail.message}` : detail.message)).join('; '));
  }
}

/** The definition of alarm `name` from a request body, or AlarmDefinitionError naming every problem. */
export function parseAlarmDefinition(name: string, body: unknown): AlarmDefinition {
  const problems: { field: string; message: string }[] = [];
  const parsedName = alarmName.safeParse(name);
  if (!parsedName.success)
    problems.push(...parsedName.error.issues.map((issue) => ({ field: 'name', message: issue.message })));
  const parsed = alarmDefinitionBody.safeParse(body);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
  }
  if (problems.length > 0 || !parsed.success) throw new AlarmDefinitionError(problems);
  return { name, ...parsed.data };
}

export function isBandComparison(comparison: string): comparison is BandComparison {
  return (BAND_COMPARISONS as readonly string[]).includes(comparison);
}
