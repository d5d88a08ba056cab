import type { ReactNode } from 'react';
import { periodLabel, PERIODS, RANGE_PRESETS, type RangeKey } from '@/lib/admin/observability/time-range';

const CONTROL = 'mt-1 rounded border border-slate-400 px-3 py-2 text-sm';

interface ControlProps {
  id: string;
  label: string;
  hint?: ReactNode;
}

function Labelled({ id, label, hint, children }: ControlProps & { children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A select of a GET form: value and label of each option. */
export function ChoiceSelect({
  id,
  label,
  name,
  value,
  options,
}: ControlProps & { name: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <Labelled id={id} label={label}>
      <select id={id} name={name} defaultValue={value} className={CONTROL}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function RangeSelect({ id, value }: { id: string; value: RangeKey }) {
  return (
    <ChoiceSelect
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
    <ChoiceSelect
      id={id}
      label="Period"
      name="period"
      value={String(value)}
      options={PERIODS.map((period) => [String(period), periodLabel(period)] as const)}
    />
  );
}

export function TextInput({
  id,
  label,
  name,
  value,
  hint,
  wide = false,
  ...rest
}: ControlProps & { name: string; value: string; wide?: boolean; placeholder?: string; list?: string }) {
  return (
    <Labelled id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type="text"
        defaultValue={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${CONTROL} ${wide ? 'w-80 font-mono' : ''}`}
        {...rest}
      />
    </Labelled>
  );
}

export function ApplyButton({ label = 'Apply' }: { label?: string }) {
  return (
    <button type="submit" className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white">
      {label}
    </button>
  );
}
