import type { Result } from '@/lib/results';

/** Every value, or the first failure: a dashboard whose queries must all succeed to make sense. */
export function allOf<T extends readonly Result<unknown>[]>(
  results: T,
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }> {
  const values: unknown[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return { ok: true, value: values as { [K in keyof T]: T[K] extends Result<infer V> ? V : never } };
}
