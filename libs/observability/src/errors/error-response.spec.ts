import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { DomainError } from './domain-error';
import { toErrorResponse, type ErrorResponse } from './error-response';

class ProductNotFoundError extends DomainError {
  readonly code = 'PRODUCT_NOT_FOUND';
}

class LedgerCorruptError extends DomainError {
  readonly code = 'LEDGER_CORRUPT';
}

const mapDomainError = (error: DomainError): number => (error.code === 'PRODUCT_NOT_FOUND' ? 404 : 500);

function fastifyError(code: string, statusCode: number): Error {
  return Object.assign(new Error(`fastify says ${code}`), { code, statusCode });
}

/** A body-parser failure as http-errors makes it (`type` names the failure), before Nest's Express adapter wraps it. */
function bodyParserError(type: string, statusCode: number, message: string, base: Error = new Error(message)): Error {
  return Object.assign(base, { type, status: statusCode, statusCode, expose: true });
}

/** What Nest's Express adapter hands to the filters for a body-parser failure. */
function asExpressAdapterWrapsIt(error: Error & { statusCode?: number }): HttpException {
  return new HttpException(error.message, error.statusCode ?? 500, { cause: error });
}

describe(toErrorResponse.name, () => {
  it.each<[string, unknown, ErrorResponse]>([
    [
      'a mapped domain error, with its details',
      new ProductNotFoundError('No product "blue-mug"', { idOrSlug: 'blue-mug' }),
      {
        status: 404,
        body: { code: 'PRODUCT_NOT_FOUND', message: 'No product "blue-mug"', details: { idOrSlug: 'blue-mug' } },
      },
    ],
    [
      'a domain error its service maps to 500, without its message',
      new LedgerCorruptError('row 17 of stock_movements is negative'),
      { status: 500, body: { code: 'LEDGER_CORRUPT', message: 'An unexpected error occurred' } },
    ],
    [
      'ValidationPipe output',
      new BadRequestException({
        message: ['pageSize must not be greater than 100'],
        error: 'Bad Request',
        statusCode: 400,
      }),
      {
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid',
          details: ['pageSize must not be greater than 100'],
        },
      },
    ],
    [
      'a plain 400',
      new BadRequestException('Bad id'),
      { status: 400, body: { code: 'BAD_REQUEST', message: 'Bad id' } },
    ],
    [
      '401',
      new UnauthorizedException('A bearer access token is required'),
      { status: 401, body: { code: 'UNAUTHENTICATED', message: 'A bearer access token is required' } },
    ],
    [
      '403',
      new ForbiddenException('Requires admin'),
      { status: 403, body: { code: 'FORBIDDEN', message: 'Requires admin' } },
    ],
    [
      '404 of an unknown route',
      new NotFoundException('Cannot GET /nowhere'),
      { status: 404, body: { code: 'NOT_FOUND', message: 'Cannot GET /nowhere' } },
    ],
    ['409', new ConflictException('Slug taken'), { status: 409, body: { code: 'CONFLICT', message: 'Slug taken' } }],
    [
      '413',
      new PayloadTooLargeException('Too big'),
      { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'Too big' } },
    ],
    [
      '415',
      new UnsupportedMediaTypeException('Only JSON'),
      { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only JSON' } },
    ],
    [
      '429',
      new HttpException('ThrottlerException: Too Many Requests', 429),
      { status: 429, body: { code: 'RATE_LIMITED', message: 'ThrottlerException: Too Many Requests' } },
    ],
    [
      'a 503 with details',
      new ServiceUnavailableException({ message: 'Not ready', details: { database: { status: 'down' } } }),
      { status: 503, body: { code: 'UNAVAILABLE', message: 'Not ready', details: { database: { status: 'down' } } } },
    ],
    [
      "Fastify's malformed JSON, as Nest's adapter wraps it",
      new HttpException('Body is not valid JSON', 400, { cause: fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400) }),
      { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } },
    ],
    [
      "Fastify's empty JSON body, unwrapped",
      fastifyError('FST_ERR_CTP_EMPTY_JSON_BODY', 400),
      { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } },
    ],
    [
      "Fastify's body limit, unwrapped",
      fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413),
      { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'fastify says FST_ERR_CTP_BODY_TOO_LARGE' } },
    ],
    [
      "Express's malformed JSON, as Nest's adapter wraps it",
      asExpressAdapterWrapsIt(
        bodyParserError('entity.parse.failed', 400, 'Unexpected end of JSON input', new SyntaxError('Unexpected end')),
      ),
      { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } },
    ],
    [
      "Express's malformed JSON, unwrapped",
      bodyParserError('entity.parse.failed', 400, 'Unexpected token'),
      { status: 400, body: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } },
    ],
    [
      "Express's body limit, as Nest's adapter wraps it",
      asExpressAdapterWrapsIt(bodyParserError('entity.too.large', 413, 'request entity too large')),
      { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'request entity too large' } },
    ],
    [
      "Express's body limit, unwrapped",
      bodyParserError('entity.too.large', 413, 'request entity too large'),
      { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'request entity too large' } },
    ],
    [
      "Express's unsupported charset, as Nest's adapter wraps it",
      asExpressAdapterWrapsIt(bodyParserError('charset.unsupported', 415, 'unsupported charset "UTF-7"')),
      { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported charset "UTF-7"' } },
    ],
    [
      "Express's unsupported content encoding, unwrapped",
      bodyParserError('encoding.unsupported', 415, 'unsupported content encoding "zstd"'),
      { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content encoding "zstd"' } },
    ],
    [
      "Fastify's unsupported media type, unwrapped",
      fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415),
      { status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'fastify says FST_ERR_CTP_INVALID_MEDIA_TYPE' } },
    ],
    [
      'an unknown error, without its message',
      new Error("ER_NO_SUCH_TABLE: Table 'catalog.products' doesn't exist"),
      { status: 500, body: { code: 'INTERNAL', message: 'An unexpected error occurred' } },
    ],
    [
      'a Fastify 5xx error',
      fastifyError('FST_ERR_HANDLER_TIMEOUT', 503),
      { status: 500, body: { code: 'INTERNAL', message: 'An unexpected error occurred' } },
    ],
    ['a thrown string', 'boom', { status: 500, body: { code: 'INTERNAL', message: 'An unexpected error occurred' } }],
  ])('maps %s', (_kind, exception, expected) => {
    expect(toErrorResponse(exception, mapDomainError)).toEqual(expected);
  });

  it('answers 500 for a domain error when the service maps none', () => {
    expect(toErrorResponse(new ProductNotFoundError('No product'))).toEqual({
      status: 500,
      body: { code: 'PRODUCT_NOT_FOUND', message: 'An unexpected error occurred' },
    });
  });

  it('never puts a stack in the body', () => {
    const body = JSON.stringify(toErrorResponse(new TypeError('x is undefined')));
    expect(body).not.toMatch(/at .*\.ts:\d+/);
    expect(body).not.toContain('x is undefined');
  });
});
