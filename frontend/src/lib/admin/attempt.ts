import { failureOf, type Result } from '@/lib/results';

/** A page's read: the value, or the failure (with its trace id) for the page to show in place. */
export async function attempt<T>(call: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
