import { bearerToken, InvalidTokenError, type Principal, type TokenService } from '@shop/auth';
import { ApiError } from './api-error';

/** Operators read telemetry; customers never do. */
const READERS = new Set(['admin', 'viewer']);

/** The verified operator behind a request's Bearer token: 401 without a valid one, 403 without an operator role. */
export async function authenticate(
  tokens: TokenService,
  authorization: string | string[] | undefined,
): Promise<Principal> {
  const token = bearerToken(authorization);
  if (!token) throw new ApiError(401, 'unauthorized', 'A Bearer token is required');
  let principal: Principal;
  try {
    principal = await tokens.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new ApiError(401, 'unauthorized', 'The token is not valid');
    throw error;
  }
  if (!principal.roles.some((role) => READERS.has(role))) {
    throw new ApiError(403, 'forbidden', 'Reading telemetry needs the admin or viewer role');
  }
  return principal;
}

export function requireAdmin(principal: Principal): void {
  if (!principal.roles.includes('admin')) throw new ApiError(403, 'forbidden', 'Changing alarms needs the admin role');
}
