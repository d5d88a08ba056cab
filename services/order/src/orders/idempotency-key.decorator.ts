import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { InvalidIdempotencyKeyError } from './domain/order.errors';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** The Idempotency-Key header: required, 1-100 of [A-Za-z0-9._:-]; 400 otherwise. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'];
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(value)) throw new InvalidIdempotencyKeyError();
  return value;
});
