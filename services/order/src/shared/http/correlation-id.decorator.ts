import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The request-id middleware puts `id` on the Node request. */
interface RequestWithId {
  readonly id?: unknown;
}

/**
 * The request's id (the caller's x-request-id or a new one), which the request log line shows as
 * `request_id`, to correlate the events a request causes with it; a new UUID when the request has none.
 */
export const CorrelationId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const id = context.switchToHttp().getRequest<RequestWithId>().id;
  return typeof id === 'string' ? id : randomUUID();
});
