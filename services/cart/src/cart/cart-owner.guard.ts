import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CartOwnerResolver, type MergeOwners, type OwnerCredentials } from './application/cart-owner.resolver';
import type { CartOwner } from './domain/cart-owner';

const MERGE_ROUTE = 'cart:merge-route';
const RESOLVED_OWNER = Symbol('cart:owner');
const RESOLVED_MERGE_OWNERS = Symbol('cart:merge-owners');

interface OwnedRequest {
  headers: Record<string, string | string[] | undefined>;
  [RESOLVED_OWNER]?: CartOwner;
  [RESOLVED_MERGE_OWNERS]?: MergeOwners;
}

function header(request: OwnedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Resolves the cart's owner from the request's headers before anything else of the route runs (so a
 * request without valid credentials is refused before its body is read). The routes are `@Public()`
 * for the global token guard; this guard is their authentication.
 */
@Injectable()
export class CartOwnerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly owners: CartOwnerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OwnedRequest>();
    const credentials: OwnerCredentials = {
      authorization: header(request, 'authorization'),
      cartToken: header(request, 'x-cart-token'),
    };
    if (this.reflector.get<boolean | undefined>(MERGE_ROUTE, context.getHandler())) {
      request[RESOLVED_MERGE_OWNERS] = await this.owners.mergeOwners(credentials);
    } else {
      request[RESOLVED_OWNER] = await this.owners.owner(credentials);
    }
    return true;
  }
}

const CART_TOKEN_HEADER = 'X-Cart-Token';

/** A route on the caller's cart: a customer bearer token, or a guest's X-Cart-Token. */
export function CartOwnerRoute(): MethodDecorator {
  return applyDecorators(
    UseGuards(CartOwnerGuard),
    ApiBearerAuth(),
    ApiHeader({
      name: CART_TOKEN_HEADER,
      required: false,
      description: 'A guest’s cart token (from POST /api/cart); ignored when a bearer token is sent',
    }),
    ApiUnauthorizedResponse({ description: 'Neither a valid customer bearer token nor a valid X-Cart-Token' }),
    ApiForbiddenResponse({ description: 'The bearer token lacks the customer role' }),
  );
}

/** The merge route: both a customer bearer token and the guest's X-Cart-Token. */
export function CartMergeRoute(): MethodDecorator {
  return applyDecorators(
    SetMetadata(MERGE_ROUTE, true),
    UseGuards(CartOwnerGuard),
    ApiBearerAuth(),
    ApiHeader({ name: CART_TOKEN_HEADER, required: true, description: 'The guest cart to merge' }),
    ApiUnauthorizedResponse({ description: 'No valid customer bearer token, or an X-Cart-Token that is malformed' }),
    ApiForbiddenResponse({ description: 'The bearer token lacks the customer role' }),
  );
}

function resolved<T>(key: typeof RESOLVED_OWNER | typeof RESOLVED_MERGE_OWNERS, context: ExecutionContext): T {
  const value = context.switchToHttp().getRequest<OwnedRequest>()[key];
  // Only reachable if a route uses the parameter without its route decorator: a programming error.
  if (value === undefined) throw new Error('The cart owner was not resolved: the route lacks its owner decorator');
  return value as T;
}

/** The owner CartOwnerGuard resolved for a `@CartOwnerRoute()`. */
export const CurrentOwner = createParamDecorator((_: unknown, context: ExecutionContext): CartOwner =>
  resolved<CartOwner>(RESOLVED_OWNER, context),
);

/** The customer and guest CartOwnerGuard resolved for a `@CartMergeRoute()`. */
export const MergingOwners = createParamDecorator((_: unknown, context: ExecutionContext): MergeOwners =>
  resolved<MergeOwners>(RESOLVED_MERGE_OWNERS, context),
);
