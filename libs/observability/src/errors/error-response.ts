import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from './domain-error';

/** The body of every error response: `{ error: ErrorBody & { traceId } }`. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** What an exception becomes on the wire, before the trace id is added. */
export interface ErrorResponse {
  status: number;
  body: ErrorBody;
}

const INTERNAL: ErrorResponse = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { code: 'INTERNAL', message: 'An unexpected error occurred' },
};

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

const MALFORMED_JSON: ErrorResponse = {
  status: HttpStatus.BAD_REQUEST,
  body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' },
};

// Body parser failures as the Fastify (FST_* `code`) and Express (body-parser `type`) adapters report them.
const MALFORMED_BODY = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY', 'entity.parse.failed']);
const STATUS_BY_BODY_FAILURE: ReadonlyMap<string, number> = new Map([
  ['FST_ERR_CTP_BODY_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE],
  ['entity.too.large', HttpStatus.PAYLOAD_TOO_LARGE],
  ['FST_ERR_CTP_INVALID_MEDIA_TYPE', HttpStatus.UNSUPPORTED_MEDIA_TYPE],
  ['charset.unsupported', HttpStatus.UNSUPPORTED_MEDIA_TYPE],
  ['encoding.unsupported', HttpStatus.UNSUPPORTED_MEDIA_TYPE],
]);

/**
 * Maps anything thrown to a status and a client-safe body. Unknown errors become a 500 with a generic
 * message: their own message may carry internals (SQL, paths) and is for the logs only.
 */
export function toErrorResponse(exception: unknown, mapDomainError?: (error: DomainError) => number): ErrorResponse {
  if (exception instanceof DomainError) return fromDomainError(exception, mapDomainError);
  if (exception instanceof HttpException) return fromHttpException(exception);
  const status = bodyFailureStatus(exception) ?? clientErrorStatus(exception);
  if (status !== undefined) return fromStatus(status, exception);
  return INTERNAL;
}

/** True for errors that are the client's fault (logged at warn, span status left unset). */
export function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

function fromDomainError(error: DomainError, mapDomainError?: (error: DomainError) => number): ErrorResponse {
  const status = mapDomainError?.(error) ?? HttpStatus.INTERNAL_SERVER_ERROR;
  if (!isClientError(status)) return { status, body: { code: error.code, message: INTERNAL.body.message } };
  return {
    status,
    body: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

function fromHttpException(exception: HttpException): ErrorResponse {
  const response = exception.getResponse();
  if (isMalformedBody(exception.cause)) return MALFORMED_JSON;
  const status = bodyFailureStatus(exception.cause) ?? exception.getStatus();
  if (status === 400 && isValidationResponse(response)) {
    return {
      status,
      body: { code: 'VALIDATION_FAILED', message: 'The request is not valid', details: response.message },
    };
  }
  const details =
    typeof response === 'object' && response !== null && 'details' in response ? response.details : undefined;
  return {
    status,
    body: { code: codeFor(status), message: exception.message, ...(details === undefined ? {} : { details }) },
  };
}

function fromStatus(status: number, exception: unknown): ErrorResponse {
  if (status === 400 && isMalformedBody(exception)) return MALFORMED_JSON;
  const message = exception instanceof Error ? exception.message : (CODE_BY_STATUS[status] ?? 'Client error');
  return { status, body: { code: codeFor(status), message } };
}

function codeFor(status: number): string {
  return CODE_BY_STATUS[status] ?? (isClientError(status) ? 'CLIENT_ERROR' : 'INTERNAL');
}

/** ValidationPipe answers `{ message: string[] }`: one line per violated constraint. */
function isValidationResponse(response: unknown): response is { message: string[] } {
  return (
    typeof response === 'object' &&
    response !== null &&
    'message' in response &&
    Array.isArray(response.message) &&
    response.message.every((line) => typeof line === 'string')
  );
}

/** The FST_* `code` of a Fastify error or the `type` of a body-parser (http-errors) one. */
function bodyFailureOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const kind = 'code' in error ? error.code : 'type' in error ? error.type : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

function isMalformedBody(error: unknown): boolean {
  const failure = bodyFailureOf(error);
  return failure !== undefined && MALFORMED_BODY.has(failure);
}

function bodyFailureStatus(error: unknown): number | undefined {
  const failure = bodyFailureOf(error);
  return failure === undefined ? undefined : STATUS_BY_BODY_FAILURE.get(failure);
}

/** A framework error (Fastify's FST_* errors carry one) that names a 4xx status of its own. */
function clientErrorStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null || !('statusCode' in exception)) return undefined;
  const { statusCode } = exception;
  return typeof statusCode === 'number' && isClientError(statusCode) ? statusCode : undefined;
}
