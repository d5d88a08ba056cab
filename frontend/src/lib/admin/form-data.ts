/** A text field of a submitted form ('' when absent or a file). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Every text value of a repeated field (checkboxes, multiple selects). */
export function textFields(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/** The field errors of a form: the messages shown beside each field, keyed by field name. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** The errors of a failed check, null when it passed. */
export function failedChecks<K extends string>(
  result: { ok: true } | { ok: false; errors: FieldErrors<K> },
): FieldErrors<K> | null {
  return result.ok ? null : result.errors;
}
