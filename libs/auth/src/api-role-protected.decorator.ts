import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

/**
 * What AuthGuard answers on routes that need a role, said once for the OpenAPI document: the bearer
 * scheme, 401 without a valid token and 403 without the role.
 */
export function ApiRoleProtected(forbidden = 'The token lacks the role'): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token' }),
    ApiForbiddenResponse({ description: forbidden }),
  );
}
