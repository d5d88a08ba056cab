import { Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AuthModule } from './auth.module';
import { CurrentPrincipal, Public, Roles } from './decorators';
import type { Principal } from './principal';
import { TokenService } from './token.service';

@Controller('things')
class ThingsController {
  @Public()
  @Get()
  list(@CurrentPrincipal() principal: Principal | undefined): { principal: Principal | null } {
    return { principal: principal ?? null };
  }

  @Get('mine')
  mine(@CurrentPrincipal() principal: Principal | undefined): { principal: Principal | null } {
    return { principal: principal ?? null };
  }

  @Roles('admin')
  @Post()
  create(@CurrentPrincipal() principal: Principal | undefined): { createdBy: string | undefined } {
    return { createdBy: principal?.subject };
  }
}

@Module({
  imports: [
    AuthModule.forRoot({
      secret: 'a-test-secret-that-is-at-least-32-bytes-long',
      issuer: 'observable-shop',
      audience: 'observable-shop-api',
      ttlSeconds: 900,
    }),
  ],
  controllers: [ThingsController],
})
class ThingsModule {}

// The guard only reads the request and sets a response header, so it must work on either Nest adapter.
const adapters: [string, () => ExpressAdapter | FastifyAdapter][] = [
  ['Express', () => new ExpressAdapter()],
  ['Fastify', () => new FastifyAdapter()],
];

describe.each(adapters)(`${AuthModule.name} on the %s adapter`, (_adapter, createAdapter) => {
  let app: INestApplication;
  let baseUrl: string;
  let tokens: TokenService;

  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, createAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    tokens = app.get(TokenService);
  });

  afterAll(async () => {
    await app.close();
  });

  async function call(method: 'GET' | 'POST', url: string, token?: string) {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    return { statusCode: response.status, headers: response.headers, body: await response.json() };
  }

  it('serves a public route without a token', async () => {
    const response = await call('GET', '/things');

    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ principal: null });
  });

  it('needs a token on a route that is not public', async () => {
    const missing = await call('GET', '/things/mine');
    const invalid = await call('GET', '/things/mine', 'not-a-token');

    expect(missing.statusCode).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(invalid.statusCode).toBe(401);
    expect(invalid.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('hands the verified principal to the handler', async () => {
    const { accessToken } = await tokens.sign({ subject: 'viewer-1', roles: ['viewer'], email: 'v@shop.local' });
    const response = await call('GET', '/things/mine', accessToken);

    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({ principal: { subject: 'viewer-1', roles: ['viewer'], email: 'v@shop.local' } });
  });

  it('answers 403 to a token without the role and runs the handler for one with it', async () => {
    const viewer = await tokens.sign({ subject: 'viewer-1', roles: ['viewer'] });
    const admin = await tokens.sign({ subject: 'admin-1', roles: ['admin'] });

    expect((await call('POST', '/things', viewer.accessToken)).statusCode).toBe(403);
    const response = await call('POST', '/things', admin.accessToken);
    expect(response.statusCode).toBe(201);
    expect(response.body).toEqual({ createdBy: 'admin-1' });
  });
});
