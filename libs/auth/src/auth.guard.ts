import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bearerToken } from './bearer-token';
import { IS_PUBLIC_KEY, ROLES_KEY } from './decorators';
import { InvalidTokenError } from './invalid-token.error';
import type { Principal } from './principal';
import { attachPrincipal } from './principal-request';
import type { Role } from './roles';
import { TokenService } from './token.service';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** Fastify's reply and Express's response both have `header(name, value)`. */
interface HttpResponse {
  header(name: string, value: string): unknown;
}

// RFC 6750 section 3: a 401 names the scheme the client should use, and why a token was refused.
const MISSING_TOKEN_CHALLENGE = 'Bearer';
const INVALID_TOKEN_CHALLENGE = 'Bearer error="invalid_token"';

/**
 * The global guard AuthModule installs: `@Public()` routes pass; every other route needs a valid
 * bearer token (401 otherwise), and a `@Roles(...)` route one of those roles (403 otherwise).
 * Works with the Fastify and Express adapters (it only reads a header and sets a request property).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;
    // Message consumers and other transports carry no bearer header; they must opt out with @Public().
    if (context.getType() !== 'http') throw new UnauthorizedException('Only HTTP requests can carry an access token');

    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const principal = await this.authenticate(request, http.getResponse<HttpResponse>());
    attachPrincipal(request, principal);

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && required.length > 0 && !required.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException(`Requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: HttpRequest, response: HttpResponse): Promise<Principal> {
    const token = bearerToken(request.headers['authorization']);
    if (token === undefined) {
      response.header('WWW-Authenticate', MISSING_TOKEN_CHALLENGE);
      throw new UnauthorizedException('A bearer access token is required');
    }
    try {
      return await this.tokens.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      response.header('WWW-Authenticate', INVALID_TOKEN_CHALLENGE);
      throw new UnauthorizedException('The access token is invalid or expired', { cause: error });
    }
  }
}
