import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** RequestIdMiddleware puts `id` on the Node request: Express's request, or Fastify's `raw`. */
interface RequestWithId {
  readonly id?: unknown;
  readonly raw?: { readonly id?: unknown };
}

/**
 * The request's id (the caller's x-request-id or a new one), which the request log line shows as
 * `request_id`, to correlate the events a request causes with it; a new UUID when the request has none.
 */
export const CorrelationId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<RequestWithId>();
  const id = request.raw === undefined ? request.id : request.raw.id;
  return typeof id === 'string' ? id : randomUUID();
});
