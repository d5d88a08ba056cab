'use client';

import { useState } from 'react';
import type { AlarmFormState } from '@/app/admin/(console)/observability/alarms/actions';
import { failedChecks } from '@/lib/admin/form-data';
import {
  ALARM_FIELDS,
  alarmFormValues,
  isBandComparison,
  validateAlarm,
  type AlarmField,
  type AlarmFormValues,
} from '@/lib/admin/observability/alarm-form';
import {
  BAND_COMPARISONS,
  METRIC_STATS,
  THRESHOLD_COMPARISONS,
  TREAT_MISSING_DATA,
} from '@/lib/admin/observability/types';
import { ConsoleForm } from '../console-form';
import { InputField, SelectField, TextAreaField } from '../../field';
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

/** Options of a select: each value, with its label where it has one. */
function Options({ values, labels = {} }: { values: readonly string[]; labels?: Record<string, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value] ?? value}
    </option>
  ));
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
  /** The field's name, the value it came back with and its error. */
  const bound = (name: AlarmField) => ({ name, defaultValue: values[name], error: errors[name] });

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
          label="Name"
          hint="Letters, digits, dots, dashes or underscores, like order-p99-latency."
          required
          {...bound('name')}
        />
      )}
      <TextAreaField id="alarm-description" label="Description (optional)" rows={2} {...bound('description')} />
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Metric</legend>
        <SelectField
          id="alarm-metric"
          label="Metric"
          required
          name="metricName"
          value={metricName}
          onChange={(event) => setMetricName(event.target.value)}
          error={errors.metricName}
        >
          <option value="">Choose…</option>
          <Options values={metricNames} />
        </SelectField>
        <SelectField id="alarm-stat" label="Statistic" {...bound('stat')}>
          <Options values={METRIC_STATS} />
        </SelectField>
        <SelectField id="alarm-service" label="Service" {...bound('service')}>
          <option value="">Any service</option>
          <Options values={services} />
        </SelectField>
        <TextAreaField
          id="alarm-where"
          label="Only where (optional)"
          hint="One attribute=value per line, like http.route=/orders."
          rows={2}
          {...bound('where')}
        />
      </fieldset>
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">Evaluation</legend>
        <InputField
          id="alarm-period"
          label="Period (seconds)"
          hint="10 to 86400."
          inputMode="numeric"
          required
          {...bound('periodSeconds')}
        />
        <InputField
          id="alarm-evaluation-periods"
          label="Periods evaluated"
          hint="1 to 100."
          inputMode="numeric"
          required
          {...bound('evaluationPeriods')}
        />
        <InputField
          id="alarm-datapoints"
          label="Breaching periods to alarm"
          hint="At most the periods evaluated."
          inputMode="numeric"
          required
          {...bound('datapointsToAlarm')}
        />
      </fieldset>
      <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Condition</legend>
        <SelectField
          id="alarm-comparison"
          label="Alarm when the statistic is"
          name="comparison"
          value={comparison}
          onChange={(event) => setComparison(event.target.value)}
          error={errors.comparison}
        >
          <optgroup label="Threshold">
            <Options values={THRESHOLD_COMPARISONS} labels={COMPARISON_LABELS} />
          </optgroup>
          <optgroup label="Anomaly detection">
            <Options values={BAND_COMPARISONS} labels={COMPARISON_LABELS} />
          </optgroup>
        </SelectField>
        {band ? (
          <>
            <InputField
              id="alarm-deviations"
              label="Band width (standard deviations)"
              hint="0.1 to 10; a wider band alarms less often."
              inputMode="decimal"
              required
              {...bound('standardDeviations')}
            />
            <InputField
              id="alarm-training"
              label="Training periods (optional)"
              hint="How many past periods the band learns from."
              inputMode="numeric"
              {...bound('trainingPeriods')}
            />
          </>
        ) : (
          <InputField
            id="alarm-threshold"
            label="Threshold"
            hint="In the metric's unit: seconds for durations."
            inputMode="decimal"
            required
            {...bound('threshold')}
          />
        )}
        <SelectField id="alarm-missing" label="Missing data" {...bound('treatMissingData')}>
          <Options values={TREAT_MISSING_DATA} labels={MISSING_LABELS} />
        </SelectField>
      </fieldset>
    </ConsoleForm>
  );
}
