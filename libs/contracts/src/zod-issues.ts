import type { z } from 'zod';

/** `path.to.field: message; ...`, short enough for a log line or a dead-letter reason. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
