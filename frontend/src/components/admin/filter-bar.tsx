import Link from 'next/link';
import type { ReactNode } from 'react';

/** A GET form of list filters: works without JavaScript, and the URL keeps the view. */
export function FilterBar({
  action,
  label,
  clearHref,
  submitLabel,
  children,
}: {
  action: string;
  label: string;
  clearHref: string;
  submitLabel?: string;
  children: ReactNode;
}) {
  return (
    <form action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-3">
      {children}
      <ApplyButton label={submitLabel} />
      <Link href={clearHref} className="py-2 text-sm text-indigo-800 underline">
        Clear
      </Link>
    </form>
  );
}

/** The submit button of a GET form that filters or chooses what a page shows. */
export function ApplyButton({ label = 'Apply' }: { label?: string | undefined }) {
  return (
    <button type="submit" className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white">
      {label}
    </button>
  );
}

const FILTER_CONTROL = 'mt-1 rounded border px-3 py-2 text-sm';

function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

interface FilterInputProps {
  id: string;
  label: string;
  name: string;
  type: 'search' | 'email' | 'text' | 'date';
  value: string | undefined;
  /** Why the typed value cannot filter, shown below the input. */
  error?: string | undefined;
  /** For long ids: a wider input in a monospaced font. */
  wide?: boolean;
}

export function FilterInput({ id, label, name, type, value, error, wide = false }: FilterInputProps) {
  return (
    <FilterField id={id} label={label}>
      {/* Between the label and the input (as GOV.UK places them), so the inputs of the bar stay in line. */}
      {error ? (
        <p id={`${id}-error`} className="max-w-64 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type={type}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${FILTER_CONTROL} ${error ? 'border-red-700' : 'border-slate-400'}${wide ? ' w-80 font-mono' : ''}`}
      />
    </FilterField>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  /** The first option, for no filter; without it, one of the options must be chosen. */
  anyLabel?: string;
  /** Value and label of each option. */
  options: readonly (readonly [string, string])[];
}

export function FilterSelect({ id, label, name, value, anyLabel, options }: FilterSelectProps) {
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={name} defaultValue={value} className={`${FILTER_CONTROL} border-slate-400`}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** The same text as value and label, for a list of statuses. */
export function sameLabels(values: readonly string[]): (readonly [string, string])[] {
  return values.map((value) => [value, value] as const);
}
