/** A one-line account of why a handler failed, for the log, the span and the dead-letter reason. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  // Nest's RPC layer turns errors no filter kept into `{ status: 'error', message }`.
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}
