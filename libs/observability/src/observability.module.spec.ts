import { Body, Controller, Get, Module, Param, Post, RequestMethod, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { metrics } from '@opentelemetry/api';
import { AuthModule, Public, Roles, TokenService } from '@shop/auth';
import { testMeter } from '@shop/testing';
import { PinoLogger } from 'nestjs-pino';
import { DomainError } from './errors/domain-error';
import { ObservabilityModule } from './observability.module';
import { ShopMetrics } from './tracing/shop-attributes';

class WidgetNotFoundError extends DomainError {
  readonly code = 'WIDGET_NOT_FOUND';
}

@Controller('widgets')
class WidgetsController {
  @Public()
  @Get(':id')
  find(@Param('id') id: string): { id: string } {
    if (id === 'missing') throw new WidgetNotFoundError(`No widget ${id}`, { id });
    if (id === 'broken') throw new Error('connect ECONNREFUSED 10.0.0.7:3306');
    return { id };
  }

  @Roles('admin')
  @Post()
  create(@Body() body: unknown): unknown {
    return body;
  }
}

@Public()
@Controller('outside')
class OutsideController {
  @Get('ping')
  ping(): { pong: true } {
    return { pong: true };
  }
}

@Module({
  imports: [
    AuthModule.forRoot({
      secret: 'a-test-secret-that-is-at-least-32-bytes-long',
      issuer: 'shop',
      audience: 'api',
      ttlSeconds: 60,
    }),
    ObservabilityModule.forRoot({
      serviceName: 'widgets',
      environment: 'test',
      logLevel: 'silent',
      mapDomainError: (error) => (error.code === 'WIDGET_NOT_FOUND' ? 404 : 500),
    }),
  ],
  controllers: [WidgetsController, OutsideController],
})
class WidgetsModule {}

const BODY_LIMIT_BYTES = 1024;

/** The library serves services on either Nest HTTP adapter; each builds the app its own way. */
const adapters: [string, () => Promise<INestApplication>][] = [
  [
    'Express',
    async () => {
      const app = await NestFactory.create<NestExpressApplication>(WidgetsModule, new ExpressAdapter(), {
        logger: false,
        bodyParser: false,
      });
      return app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
    },
  ],
  [
    'Fastify',
    () =>
      NestFactory.create<NestFastifyApplication>(WidgetsModule, new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }), {
        logger: false,
      }),
  ],
];

describe.each(adapters)(`${ObservabilityModule.name} on the %s adapter`, (_adapter, createApp) => {
  const recorded = testMeter();
  let app: INestApplication;
  let baseUrl: string;
  let adminToken: string;
  let viewerToken: string;

  beforeAll(async () => {
    metrics.setGlobalMeterProvider(recorded.provider);
    app = await createApp();
    app.setGlobalPrefix('api/widgets', { exclude: [{ path: 'outside/{*rest}', method: RequestMethod.ALL }] });
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    const tokens = app.get(TokenService);
    adminToken = (await tokens.sign({ subject: 'a', roles: ['admin'] })).accessToken;
    viewerToken = (await tokens.sign({ subject: 'v', roles: ['viewer'] })).accessToken;
  });

  afterAll(async () => {
    await app.close();
    metrics.disable();
  });

  async function call(
    method: string,
    path: string,
    { headers = {}, payload }: { headers?: Record<string, string>; payload?: unknown } = {},
  ): Promise<{ statusCode: number; headers: Headers; body: unknown }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(payload === undefined ? {} : { body: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
    return { statusCode: response.status, headers: response.headers, body: await response.json() };
  }

  async function requestCount(attributes: Record<string, unknown>): Promise<number> {
    const requests = await recorded.metric(ShopMetrics.HttpServerRequests);
    const point = requests?.dataPoints.find((candidate) =>
      Object.entries(attributes).every(([key, value]) => candidate.attributes[key] === value),
    );
    return typeof point?.value === 'number' ? point.value : 0;
  }

  it('answers a domain error with its mapped status in the error shape', async () => {
    const response = await call('GET', '/api/widgets/widgets/missing');
    expect(response.statusCode).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'WIDGET_NOT_FOUND', message: 'No widget missing', details: { id: 'missing' } },
    });
  });

  it('hides an unknown error behind a generic 500', async () => {
    const response = await call('GET', '/api/widgets/widgets/broken');
    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL', message: 'An unexpected error occurred' } });
  });

  it('counts a request refused by the guard under its route', async () => {
    const route = { 'http.route': '/api/widgets/widgets', 'http.response.status_code': 401 };
    const before = await requestCount(route);
    const response = await call('POST', '/api/widgets/widgets', { payload: { name: 'x' } });
    expect(response.statusCode).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await requestCount(route)).toBe(before + 1);
  });

  it('counts an unknown URL under the route "unmatched" and answers 404 in the error shape', async () => {
    const route = { 'http.route': 'unmatched', 'http.response.status_code': 404 };
    const before = await requestCount(route);
    const response = await call('GET', '/api/widgets/nowhere/at/all');
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await requestCount(route)).toBe(before + 1);
  });

  it('counts an unknown URL below a path excluded from the global prefix under "unmatched"', async () => {
    const route = { 'http.route': 'unmatched', 'http.response.status_code': 404 };
    const before = await requestCount(route);
    const response = await call('GET', '/outside/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await requestCount(route)).toBe(before + 1);
  });

  it('counts a handled request under its route template, global prefix included', async () => {
    const route = { 'http.route': '/api/widgets/widgets/:id', 'http.response.status_code': 200 };
    const before = await requestCount(route);
    expect((await call('GET', '/api/widgets/widgets/7')).body).toEqual({ id: '7' });
    expect(await requestCount(route)).toBe(before + 1);
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await call('POST', '/api/widgets/widgets', {
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toEqual({ error: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } });
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await call('POST', '/api/widgets/widgets', {
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * BODY_LIMIT_BYTES) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('echoes the caller request id, or makes one', async () => {
    const echoed = await call('GET', '/api/widgets/widgets/1', { headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('abc-123');
    const made = await call('GET', '/api/widgets/widgets/1');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a request id to routes excluded from the global prefix too', async () => {
    const response = await call('GET', '/outside/ping', { headers: { 'x-request-id': 'outside-1' } });
    expect(response.body).toEqual({ pong: true });
    expect(response.headers.get('x-request-id')).toBe('outside-1');
  });

  it('serves liveness and readiness without a token', async () => {
    const live = await call('GET', '/api/widgets/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await call('GET', '/api/widgets/health/ready');
    expect(ready.statusCode).toBe(200);
  });

  describe('admin/log-level', () => {
    const url = '/api/widgets/admin/log-level';

    it('changes the root log level for an admin', async () => {
      const response = await call('PUT', url, {
        headers: { authorization: `Bearer ${adminToken}` },
        payload: { level: 'fatal' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({ level: 'fatal' });
      expect(PinoLogger.root.level).toBe('fatal');
      const read = await call('GET', url, { headers: { authorization: `Bearer ${viewerToken}` } });
      expect(read.body).toEqual({ level: 'fatal' });
    });

    it('refuses an unknown level with VALIDATION_FAILED', async () => {
      const response = await call('PUT', url, {
        headers: { authorization: `Bearer ${adminToken}` },
        payload: { level: 'loud' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: ['level must be one of: fatal, error, warn, info, debug, trace'] },
      });
    });

    it('is not for viewers or anonymous callers', async () => {
      const viewer = await call('PUT', url, {
        headers: { authorization: `Bearer ${viewerToken}` },
        payload: { level: 'debug' },
      });
      expect(viewer.statusCode).toBe(403);
      const anonymous = await call('GET', url);
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
