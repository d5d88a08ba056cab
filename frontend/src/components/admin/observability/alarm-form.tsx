'use client';

import { useState } from 'react';
import type { AlarmFormState } from '@/app/admin/(console)/observability/alarms/actions';
import { failedChecks } from '@/lib/admin/form-data';
import {
  ALARM_FIELDS,
  alarmFormValues,
  isBandComparison,
  validateAlarm,
  type AlarmFormValues,
} from '@/lib/admin/observability/alarm-form';
import {
  BAND_COMPARISONS,
  METRIC_STATS,
  THRESHOLD_COMPARISONS,
  TREAT_MISSING_DATA,
} from '@/lib/admin/observability/types';
import { ConsoleForm } from '../console-form';
import { controlClass, describedBy, Field, InputField, SelectField, TextAreaField } from '../field';
import { useCheckedAction } from '../use-checked-action';

type AlarmAction = (previous: AlarmFormState, form: FormData) => Promise<AlarmFormState>;

export interface MetricChoice {
  name: string;
  services: string[];
}

interface AlarmFormProps {
  action: AlarmAction;
  initial: AlarmFormValues;
  /** The metrics the services export, to choose from. */
  metrics: readonly MetricChoice[];
  /** Editing keeps the name: it is the alarm's identity (and its address). */
  editing: boolean;
}

const COMPARISON_LABELS: Record<string, string> = {
  GreaterThanThreshold: 'Greater than the threshold',
  GreaterThanOrEqualToThreshold: 'Greater than or equal to the threshold',
  LessThanThreshold: 'Less than the threshold',
  LessThanOrEqualToThreshold: 'Less than or equal to the threshold',
  GreaterThanUpperThreshold: 'Above the anomaly band',
  LessThanLowerThreshold: 'Below the anomaly band',
  LessThanLowerOrGreaterThanUpperThreshold: 'Outside the anomaly band',
};

const MISSING_LABELS: Record<string, string> = {
  missing: 'Missing: keep the state while data is missing',
  notBreaching: 'Not breaching: missing data is good',
  breaching: 'Breaching: missing data is bad',
  ignore: 'Ignore: judge on the data there is',
};

function withCurrent(options: readonly string[], current: string): string[] {
  return current === '' || options.includes(current) ? [...options] : [current, ...options];
}

/** A threshold alarm or an anomaly-band alarm on one metric; checked here first, then again on the server. */
export function AlarmForm({ action, initial, metrics, editing }: AlarmFormProps) {
  const form = useCheckedAction(
    action,
    initial,
    (data) => failedChecks(validateAlarm(alarmFormValues(data))),
    ALARM_FIELDS,
  );
  const { state, errors } = form;
  const values = state.values;
  const [comparison, setComparison] = useState(values.comparison);
  const [metricName, setMetricName] = useState(values.metricName);
  const band = isBandComparison(comparison);
  const metricNames = withCurrent(metrics.map((metric) => metric.name).sort(), values.metricName);
  const chosen = metrics.find((metric) => metric.name === metricName);
  const services = withCurrent(
    chosen ? chosen.services : [...new Set(metrics.flatMap((metric) => metric.services))].sort(),
    values.service,
  );

  return (
    <ConsoleForm
      form={form}
      label={editing ? `Edit alarm ${values.name}` : 'New alarm'}
      failureTitle="The alarm was not saved"
      submit={{ label: editing ? 'Save alarm' : 'Create alarm', pending: 'Saving…' }}
      className="max-w-3xl space-y-4"
    >
      {editing ? (
        <input type="hidden" name="name" value={values.name} />
      ) : (
        <InputField
          id="alarm-name"
          name="name"
          label="Name"
          hint="Letters, digits, dots, dashes or underscores, like order-p99-latency."
          defaultValue={values.name}
          error={errors.name}
          required
        />
      )}
      <TextAreaField
        id="alarm-description"
        name="description"
        label="Description (optional)"
        rows={2}
        defaultValue={values.description}
        error={errors.description}
      />
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Metric</legend>
        <Field id="alarm-metric" label="Metric" error={errors.metricName}>
          <select
            id="alarm-metric"
            name="metricName"
            value={metricName}
            onChange={(event) => setMetricName(event.target.value)}
            aria-invalid={errors.metricName ? true : undefined}
            aria-describedby={describedBy('alarm-metric', false, errors.metricName)}
            aria-required
            className={controlClass(errors.metricName)}
          >
            <option value="">Choose…</option>
            {metricNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <SelectField id="alarm-stat" name="stat" label="Statistic" defaultValue={values.stat} error={errors.stat}>
          {METRIC_STATS.map((stat) => (
            <option key={stat} value={stat}>
              {stat}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="alarm-service"
          name="service"
          label="Service"
          defaultValue={values.service}
          error={errors.service}
        >
          <option value="">Any service</option>
          {services.map((service) => (
            <option key={service} value={service}>
              {service}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="alarm-where"
          name="where"
          label="Only where (optional)"
          hint="One attribute=value per line, like http.route=/orders."
          rows={2}
          defaultValue={values.where}
          error={errors.where}
        />
      </fieldset>
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">Evaluation</legend>
        <InputField
          id="alarm-period"
          name="periodSeconds"
          label="Period (seconds)"
          hint="10 to 86400."
          inputMode="numeric"
          defaultValue={values.periodSeconds}
          error={errors.periodSeconds}
          required
        />
        <InputField
          id="alarm-evaluation-periods"
          name="evaluationPeriods"
          label="Periods evaluated"
          hint="1 to 100."
          inputMode="numeric"
          defaultValue={values.evaluationPeriods}
          error={errors.evaluationPeriods}
          required
        />
        <InputField
          id="alarm-datapoints"
          name="datapointsToAlarm"
          label="Breaching periods to alarm"
          hint="At most the periods evaluated."
          inputMode="numeric"
          defaultValue={values.datapointsToAlarm}
          error={errors.datapointsToAlarm}
          required
        />
      </fieldset>
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Condition</legend>
        <Field id="alarm-comparison" label="Alarm when the statistic is" error={errors.comparison}>
          <select
            id="alarm-comparison"
            name="comparison"
            value={comparison}
            onChange={(event) => setComparison(event.target.value)}
            aria-invalid={errors.comparison ? true : undefined}
            aria-describedby={describedBy('alarm-comparison', false, errors.comparison)}
            className={controlClass(errors.comparison)}
          >
            <optgroup label="Threshold">
              {THRESHOLD_COMPARISONS.map((option) => (
                <option key={option} value={option}>
                  {COMPARISON_LABELS[option]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Anomaly detection">
              {BAND_COMPARISONS.map((option) => (
                <option key={option} value={option}>
                  {COMPARISON_LABELS[option]}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        {band ? (
          <>
            <InputField
              id="alarm-deviations"
              name="standardDeviations"
              label="Band width (standard deviations)"
              hint="0.1 to 10; a wider band alarms less often."
              inputMode="decimal"
              defaultValue={values.standardDeviations}
              error={errors.standardDeviations}
              required
            />
            <InputField
              id="alarm-training"
              name="trainingPeriods"
              label="Training periods (optional)"
              hint="How many past periods the band learns from."
              inputMode="numeric"
              defaultValue={values.trainingPeriods}
              error={errors.trainingPeriods}
            />
          </>
        ) : (
          <InputField
            id="alarm-threshold"
            name="threshold"
            label="Threshold"
            hint="In the metric's unit: seconds for durations."
            inputMode="decimal"
            defaultValue={values.threshold}
            error={errors.threshold}
            required
          />
        )}
        <SelectField
          id="alarm-missing"
          name="treatMissingData"
          label="Missing data"
          defaultValue={values.treatMissingData}
          error={errors.treatMissingData}
        >
          {TREAT_MISSING_DATA.map((option) => (
            <option key={option} value={option}>
              {MISSING_LABELS[option]}
            </option>
          ))}
        </SelectField>
      </fieldset>
    </ConsoleForm>
  );
}
