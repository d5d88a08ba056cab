import type { ReactNode } from 'react';
import { AdminFailure, DoneMessage } from './admin-failure';
import type { CheckedAction } from './use-checked-action';

const SUBMIT =
  'rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400';

interface ConsoleFormProps<V, K extends string> {
  form: CheckedAction<V, K>;
  /** The failure's title when the server action did not succeed. */
  failureTitle: string;
  /** A visible heading that names the form, or else `label`. */
  heading?: { id: string; text: ReactNode };
  label?: string;
  submit: { label: string; pending: string; className?: string };
  className?: string;
  children: ReactNode;
}

/**
 * A console form: its name, the failure with its trace id, the fields, then the confirmation of what was
 * done (announced) and the submit button.
 */
export function ConsoleForm<V, K extends string>({
  form: { state, formAction, pending, check },
  failureTitle,
  heading,
  label,
  submit,
  className = 'space-y-3',
  children,
}: ConsoleFormProps<V, K>) {
  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-labelledby={heading?.id}
      aria-label={label}
      aria-busy={pending}
      className={className}
    >
      {heading ? (
        <h2 id={heading.id} className="text-lg font-semibold">
          {heading.text}
        </h2>
      ) : null}
      {state.failure ? <AdminFailure failure={state.failure} title={failureTitle} /> : null}
      {children}
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={submit.className ?? SUBMIT}>
        {pending ? submit.pending : submit.label}
      </button>
    </form>
  );
}
