import { Injectable, type NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller's id is echoed into logs and headers, so only plain, short ones are taken over.
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id: the caller's `x-request-id` when it is a plain one, else a new UUID. It is
 * echoed in the response header and becomes `req.id`, which the request logger binds as `request_id`.
 * It runs before the logger's middleware (ObservabilityModule is registered before the LoggerModule it
 * imports) and replaces whatever the adapter put there (Fastify's middleware layer a sequential id,
 * Express nothing). Works on both adapters: it only touches the Node request and response.
 */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware<IncomingMessage & { id?: unknown }, ServerResponse> {
  use(request: IncomingMessage & { id?: unknown }, response: ServerResponse, next: () => void): void {
    const incoming = request.headers[REQUEST_ID_HEADER];
    const id = typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    request.id = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    next();
  }
}
