import { useActionState, useState, type FormEvent } from 'react';
import type { FieldErrors } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import { focusFirstError } from '../field';

type ConsoleAction<S> = (previous: S, form: FormData) => Promise<S>;

export interface CheckedAction<V, K extends string> {
  state: FormState<V, K>;
  formAction: (form: FormData) => void;
  pending: boolean;
  check: (event: FormEvent<HTMLFormElement>) => void;
  /** The browser's errors when its check failed, else the server's. */
  errors: FieldErrors<K>;
}

/**
 * A console form's server action with its rules checked in the browser first: a failed check keeps the
 * form from being sent, shows the errors beside the fields and moves focus to the first. The server
 * checks again; its errors show when the browser found none.
 */
export function useCheckedAction<V, K extends string>(
  action: ConsoleAction<FormState<V, K>>,
  initialValues: V,
  validate: (form: FormData) => FieldErrors<K> | null,
  fields: readonly K[],
): CheckedAction<V, K> {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors<K> | null>(null);

  function check(event: FormEvent<HTMLFormElement>) {
    const errors = validate(new FormData(event.currentTarget));
    setClientErrors(errors);
    if (errors === null) return;
    event.preventDefault();
    focusFirstError(event.currentTarget, fields, errors);
  }

  return { state, formAction, pending, check, errors: clientErrors ?? state.errors };
}
