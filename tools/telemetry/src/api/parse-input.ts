import { z } from '@shop/config';
import { ApiError } from './api-error';

/** Parses a query string or body against `schema`; a mismatch is a 400 naming each bad field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const summary = details.map((detail) => (detail.field ? `${detail.field} ${detail.message}` : detail.message));
  throw new ApiError(400, 'invalid_request', summary.join('; '), details);
}

/** A query parameter that may be given once or repeated (`?groupBy=a&groupBy=b`). */
export const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item));
