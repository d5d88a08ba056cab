import type { ReactNode } from 'react';
import { ApplyButton, FilterSelect } from '@/components/admin/filter-bar';
import { METRICS_PATH } from '@/lib/admin/observability/links';
import { periodLabel, PERIODS, RANGE_PRESETS, type RangeKey } from '@/lib/admin/observability/time-range';

export function RangeSelect({ id, value }: { id: string; value: RangeKey }) {
  return (
    <FilterSelect
      id={id}
      label="Time range"
      name="range"
      value={value}
      options={RANGE_PRESETS.map((preset) => [preset.key, preset.label] as const)}
    />
  );
}

export function PeriodSelect({ id, value }: { id: string; value: number }) {
  return (
    <FilterSelect
      id={id}
      label="Period"
      name="period"
      value={String(value)}
      options={PERIODS.map((period) => [String(period), periodLabel(period)] as const)}
    />
  );
}

interface ViewFormProps {
  action: string;
  label: string;
  /** The page's other choices, sent along unchanged (empty ones left out). */
  keep?: Record<string, string>;
  submitLabel?: string;
  children: ReactNode;
}

/** A GET form that chooses what a page shows: works without JavaScript, and the URL keeps the view. */
export function ViewForm({ action, label, keep = {}, submitLabel, children }: ViewFormProps) {
  return (
    <form action={action} aria-label={label} className="flex flex-wrap items-end gap-3">
      {Object.entries(keep).map(([name, value]) =>
        value === '' ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
      <ApplyButton label={submitLabel} />
    </form>
  );
}

/** A form of one of the metrics page's views: it keeps the page's time range and period. */
export function MetricsViewForm({
  view,
  label,
  range,
  period,
  children,
}: {
  view: string;
  label: string;
  range: RangeKey;
  period: number;
  children: ReactNode;
}) {
  return (
    <ViewForm action={METRICS_PATH} label={label} keep={{ view, range, period: String(period) }} submitLabel="Show">
      {children}
    </ViewForm>
  );
}
