import type { Failure } from './types';

/** A gateway answer that was not 2xx, in the shop's error shape `{ error: { code, message, details?, traceId } }`. */
export class ApiError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.failure.status;
  }

  get code(): string {
    return this.failure.code;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown; traceId?: unknown };
}

/** Reads the error shape; anything else (a proxy's HTML page) still becomes a Failure with the status. */
export function failureFrom(status: number, body: unknown): Failure {
  const error = (typeof body === 'object' && body !== null ? (body as ErrorBody).error : undefined) ?? {};
  return {
    status,
    code: typeof error.code === 'string' ? error.code : `HTTP_${status}`,
    message: typeof error.message === 'string' ? error.message : `The shop answered ${status}.`,
    ...(typeof error.traceId === 'string' ? { traceId: error.traceId } : {}),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

/** A failure for a gateway that could not be reached at all. */
export function unreachableFailure(): Failure {
  return { status: 503, code: 'GATEWAY_UNREACHABLE', message: 'The shop could not be reached. Try again shortly.' };
}
