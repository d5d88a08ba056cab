import { unstable_rethrow } from 'next/navigation';
import { ApiError, unreachableFailure } from './api-error';
import type { Failure } from './types';

/** What an action hands back to the browser: server errors would arrive there stripped of their trace id. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** The failure to show for an error; Next's own control flow (redirect, notFound, dynamic rendering) goes on. */
export function failureOf(error: unknown): Failure {
  unstable_rethrow(error);
  if (error instanceof ApiError) return error.failure;
  console.error(error);
  return { ...unreachableFailure(), code: 'UNEXPECTED', message: 'Something went wrong. Try again.' };
}
