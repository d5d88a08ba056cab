import { freePort, testMeter } from '@shop/testing';
import { httpRoutes } from '@shop/topology';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from './gateway';
import type { ErrorBody } from './gateway-errors';

describe(buildGateway.name, () => {
  let gateway: FastifyInstance;
  let baseUrl: string;
  const recorded = testMeter();

  beforeAll(async () => {
    // Nothing listens on a port freePort just released.
    const closed = `http://127.0.0.1:${await freePort()}`;
    gateway = await buildGateway({
      routes: httpRoutes,
      upstreams: { catalog: closed, cart: closed, order: closed, inventory: closed, telemetry: closed },
      connectTimeoutMs: 2000,
      upstreamTimeoutMs: 5000,
      logLevel: 'silent',
      meter: recorded.meter,
    });
    baseUrl = await gateway.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('answers its own health route', async () => {
    const response = await fetch(`${baseUrl}/gateway/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['GET', '/api/payments'],
    ['POST', '/api/catalogue/products'],
    ['GET', '/'],
    ['PROPFIND', '/api/catalog/products'],
  ] as const)('answers %s %s with 404 in the error shape', async (method, url) => {
    const response = await fetch(`${baseUrl}${url}`, { method });
    expect(response.status).toBe(404);
    const body = (await response.json()) as ErrorBody;
    expect(body).toEqual({
      error: { code: 'NOT_FOUND', message: `No service handles ${method} ${url}`, traceId: body.error.traceId },
    });
    expect(body.error.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('puts the incoming Root in the error body as the trace id', async () => {
    const response = await fetch(`${baseUrl}/nowhere`, {
      headers: { 'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793' },
    });
    expect(await response.json()).toMatchObject({ error: { traceId: '5759e988bd862e3fe1be46a994272793' } });
  });

  it('answers 502 in the error shape when the service refuses connections', async () => {
    const response = await fetch(`${baseUrl}/api/catalog/products`);
    expect(response.status).toBe(502);
    const body = (await response.json()) as ErrorBody;
    expect(body).toEqual({
      error: {
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'The catalog service is unavailable',
        traceId: body.error.traceId,
      },
    });
    expect(body.error.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('counts its requests per route of the table, the unmatched apart, with 5xx as errors', async () => {
    await fetch(`${baseUrl}/api/catalog/products`);
    await fetch(`${baseUrl}/no/such/route/anywhere`);

    const pointOf = async (name: string, route: string, status: number) =>
      (await recorded.metric(name))?.dataPoints.find(
        ({ attributes }) =>
          attributes['http.route'] === route &&
          attributes['http.request.method'] === 'GET' &&
          attributes['http.response.status_code'] === status,
      );
    expect(await pointOf('shop.http.server.requests', '/api/catalog', 502)).toBeDefined();
    expect(await pointOf('shop.http.server.errors', '/api/catalog', 502)).toBeDefined();
    expect(await pointOf('shop.http.server.requests', 'unmatched', 404)).toBeDefined();
    expect(await pointOf('shop.http.server.errors', 'unmatched', 404)).toBeUndefined();
    expect(await pointOf('shop.http.server.duration', '/api/catalog', 502)).toBeDefined();
  });
});
