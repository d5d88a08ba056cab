import { ForbiddenException, UnauthorizedException, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { Public, Roles } from './decorators';
import { principalOf } from './principal-request';
import { TokenService } from './token.service';

class ProductsController {
  @Public()
  list(): void {}

  details(): void {}

  @Roles('admin')
  create(): void {}

  @Roles('admin', 'viewer')
  report(): void {}
}

@Public()
class HealthController {
  live(): void {}
}

interface FakeRequest {
  headers: Record<string, string | undefined>;
}

class FakeResponse {
  readonly headers: Record<string, string> = {};

  header(name: string, value: string): this {
    this.headers[name] = value;
    return this;
  }
}

/** The parts of an ExecutionContext the guard reads, for one HTTP request to one handler. */
function httpContext(
  controller: Type,
  handler: string,
  request: FakeRequest,
  type: 'http' | 'rpc' = 'http',
  response = new FakeResponse(),
): ExecutionContext {
  const http = { getRequest: () => request, getResponse: () => response, getNext: () => undefined };
  return {
    getType: () => type,
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, () => void>)[handler],
    switchToHttp: () => http,
  } as unknown as ExecutionContext;
}

describe(AuthGuard.name, () => {
  const tokens = new TokenService({
    secret: 'a-test-secret-that-is-at-least-32-bytes-long',
    issuer: 'observable-shop',
    audience: 'observable-shop-api',
    ttlSeconds: 900,
  });
  const guard = new AuthGuard(new Reflector(), tokens);
  const bearer = async (...roles: ('admin' | 'viewer' | 'customer')[]) =>
    `Bearer ${(await tokens.sign({ subject: 'account-1', roles })).accessToken}`;

  it.each([
    ['a public route without a token', ProductsController, 'list', undefined],
    ['a public route with a bad token', ProductsController, 'list', 'Bearer not-a-token'],
    ['a route of a public controller', HealthController, 'live', undefined],
  ])('lets through %s', async (_case, controller, handler, authorization) => {
    await expect(guard.canActivate(httpContext(controller, handler, { headers: { authorization } }))).resolves.toBe(
      true,
    );
  });

  it.each([
    ['no token', undefined],
    ['a token of another scheme', 'Basic YWRtaW46c2VjcmV0'],
    ['an empty bearer token', 'Bearer '],
    ['a malformed token', 'Bearer not-a-token'],
    ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('answers 401 to %s', async (_case, authorization) => {
    await expect(
      guard.canActivate(httpContext(ProductsController, 'create', { headers: { authorization } })),
    ).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('names the bearer scheme on a 401, and why when a token was refused (RFC 6750)', async () => {
    const missing = new FakeResponse();
    const invalid = new FakeResponse();

    await expect(
      guard.canActivate(httpContext(ProductsController, 'details', { headers: {} }, 'http', missing)),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(
      guard.canActivate(
        httpContext(ProductsController, 'details', { headers: { authorization: 'Bearer x.y.z' } }, 'http', invalid),
      ),
    ).rejects.toBeInstanceOf(UnauthorizedException);
    expect(missing.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    expect(invalid.headers).toEqual({ 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  });

  it('answers 401 before looking at roles', async () => {
    await expect(guard.canActivate(httpContext(ProductsController, 'details', { headers: {} }))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
  });

  it('answers 403 to a valid token without the required role', async () => {
    const request = { headers: { authorization: await bearer('viewer', 'customer') } };

    await expect(guard.canActivate(httpContext(ProductsController, 'create', request))).rejects.toBeInstanceOf(
      ForbiddenException,
    );
  });

  it.each([
    ['the required role', 'create', ['admin'] as const],
    ['one of the allowed roles', 'report', ['viewer'] as const],
    ['any valid token on a route without roles', 'details', ['customer'] as const],
  ])('lets through %s and puts the principal on the request', async (_case, handler, roles) => {
    const request = { headers: { authorization: await bearer(...roles) } };

    await expect(guard.canActivate(httpContext(ProductsController, handler, request))).resolves.toBe(true);
    expect(principalOf(request)).toEqual({ subject: 'account-1', roles: [...roles] });
  });

  it('accepts the scheme in any case', async () => {
    const request = { headers: { authorization: (await bearer('admin')).replace('Bearer', 'bearer') } };

    await expect(guard.canActivate(httpContext(ProductsController, 'create', request))).resolves.toBe(true);
  });

  it('refuses a non-HTTP handler that is not public', async () => {
    const request = { headers: { authorization: await bearer('admin') } };

    await expect(guard.canActivate(httpContext(ProductsController, 'create', request, 'rpc'))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
  });
});
