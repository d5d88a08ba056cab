import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { PinoLogger } from 'nestjs-pino';
import type { Caller } from './application/caller';
import { OwnerResolver } from './application/owner.resolver';

const CALLER = Symbol('shop.order.caller');

interface StorefrontRequest {
  headers: Record<string, string | string[] | undefined>;
  [CALLER]?: Caller;
}

/**
 * Resolves the owner of a storefront request (customer token or guest cart token) before the handler
 * runs: 401 or 403 otherwise. Puts the customer id on the span and on every later log line of the request.
 */
@Injectable()
export class OwnerGuard implements CanActivate {
  constructor(
    private readonly owners: OwnerResolver,
    private readonly logger: PinoLogger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StorefrontRequest>();
    const caller = await this.owners.resolve({
      authorization: request.headers['authorization'],
      cartToken: request.headers['x-cart-token'],
    });
    request[CALLER] = caller;
    annotateSpan({
      [ShopAttributes.OwnerKind]: caller.owner.kind,
      ...(caller.owner.kind === 'customer' ? { [ShopAttributes.CustomerId]: caller.owner.customerId } : {}),
    });
    if (caller.owner.kind === 'customer') this.logger.assign({ customer_id: caller.owner.customerId });
    return true;
  }
}

/** The caller the OwnerGuard resolved. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<StorefrontRequest>()[CALLER];
  if (caller === undefined) throw new Error('CurrentCaller needs the OwnerGuard on the route');
  return caller;
});
