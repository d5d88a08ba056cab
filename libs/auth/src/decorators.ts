import { createParamDecorator, SetMetadata, type CustomDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './principal';
import { principalOf } from './principal-request';
import type { Role } from './roles';

export const IS_PUBLIC_KEY = 'shop:auth:public';
export const ROLES_KEY = 'shop:auth:roles';

/** Lets a route (or every route of a controller) through without a token. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC_KEY, true);

/** Requires a valid token carrying at least one of these roles (403 otherwise). */
export const Roles = (...roles: Role[]): CustomDecorator<string> => SetMetadata(ROLES_KEY, roles);

/** The verified principal of the request; undefined on a `@Public()` route. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    principalOf(context.switchToHttp().getRequest<object>()),
);
