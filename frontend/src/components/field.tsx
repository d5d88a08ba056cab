import type { ChangeEvent, ReactNode } from 'react';

const CONTROL = 'mt-1 w-full rounded border px-3 py-2 text-sm';

/** The ids that tie a control to its hint and its error (aria-describedby). */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function controlClass(error: string | undefined): string {
  return `${CONTROL} ${error ? 'border-red-700' : 'border-slate-400'}`;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}

/** A label, an optional hint, the control, and its error message. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

/** The attributes that tie a control to its label, hint and error. */
function controlProps(id: string, hint: string | undefined, error: string | undefined, required: boolean | undefined) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint !== undefined, error),
    'aria-required': required ? true : undefined,
    className: controlClass(error),
  } as const;
}

interface ControlFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error: string | undefined;
  defaultValue?: string;
  required?: boolean;
}

interface InputFieldProps extends ControlFieldProps {
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  /** For file inputs: the media types to offer. */
  accept?: string;
}

export function InputField({ id, name, label, hint, error, type = 'text', required, ...rest }: InputFieldProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <input name={name} type={type} {...controlProps(id, hint, error, required)} {...rest} />
    </Field>
  );
}

export function TextAreaField({ id, label, hint, error, required, ...rest }: ControlFieldProps & { rows: number }) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <textarea {...controlProps(id, hint, error, required)} {...rest} />
    </Field>
  );
}

interface SelectFieldProps extends ControlFieldProps {
  children: ReactNode;
  /** For a select whose choice changes the form as it is made: the chosen value, and what to do on a change. */
  value?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
}

export function SelectField({ id, label, hint, error, required, ...rest }: SelectFieldProps) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <select {...controlProps(id, hint, error, required)} {...rest} />
    </Field>
  );
}

/** Moves focus to the first control with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError(
  form: HTMLFormElement,
  fields: readonly string[],
  errors: Partial<Record<string, string>>,
) {
  const first = fields.find((field) => errors[field] !== undefined);
  if (!first) return;
  const control = form.elements.namedItem(first);
  if (control instanceof HTMLElement) control.focus();
  else if (control instanceof RadioNodeList && control[0] instanceof HTMLElement) control[0].focus();
}
