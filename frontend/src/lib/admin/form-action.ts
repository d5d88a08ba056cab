import { failureOf } from '@/lib/results';
import type { FieldErrors } from './form-data';
import type { FormState } from './form-state';
import { adminForAction, isRefusal, type Operator } from './session';

/** A form's values checked: the request body, or the errors to show beside the fields. */
export type Checked<B, K extends string> = { ok: true; body: B } | { ok: false; errors: FieldErrors<K> };

export type Submitted<V, K extends string, B, R> =
  { ok: true; body: B; value: R } | { ok: false; state: FormState<V, K> };

/**
 * What every console form's server action does first: only an admin may change anything, invalid values go back
 * with their errors, then the call. A conflict the operator can fix in one field (`fieldErrorOf`) shows beside
 * it; any other failure shows with its trace id.
 */
export async function submitChecked<V, K extends string, B, R>(
  values: V,
  check: (values: V) => Checked<B, K>,
  send: (body: B, operator: Operator) => Promise<R>,
  fieldErrorOf: (error: unknown) => FieldErrors<K> | null = () => null,
): Promise<Submitted<V, K, B, R>> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { ok: false, state: { values, errors: {}, failure: operator } };
  const checked = check(values);
  if (!checked.ok) return { ok: false, state: { values, errors: checked.errors } };
  try {
    return { ok: true, body: checked.body, value: await send(checked.body, operator) };
  } catch (error) {
    const errors = fieldErrorOf(error);
    return { ok: false, state: errors ? { values, errors } : { values, errors: {}, failure: failureOf(error) } };
  }
}
