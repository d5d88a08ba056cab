import { TokenService } from '@shop/auth';
import type { FastifyInstance } from 'fastify';
import type { DatabaseSync } from 'node:sqlite';
import pino from 'pino';
import { AlarmService, type AlarmNotification, type AlarmNotifier } from '../alarms';
import { TelemetryIngest } from '../ingest/telemetry-ingest';
import { logsSignal, tracesSignal } from '../otlp/otlp-signals';
import { openTelemetryDatabase } from '../store/telemetry-database';
import { buildQueryApi } from './query-api';

const NOW_MS = Date.parse('2026-12-04T12:00:00Z');
const TRACE_ID = '5f5e2a1b00000000000000000000beef';
const tokens = new TokenService({
  secret: 'query-api-spec-secret-of-at-least-32-bytes',
  issuer: 'observable-shop',
  audience: 'observable-shop-api',
  ttlSeconds: 600,
});

class RecordingNotifier implements AlarmNotifier {
  readonly sent: AlarmNotification[] = [];
  notify(notification: AlarmNotification): Promise<void> {
    this.sent.push(notification);
    return Promise.resolve();
  }
}

const attribute = (key: string, value: string | number) => ({
  key,
  value: typeof value === 'number' ? { intValue: String(value) } : { stringValue: value },
});

/** One checkout-like trace (an order server span calling the cart) and a log line of it, as OTLP/JSON. */
function storeCheckout(database: DatabaseSync): void {
  const ingest = new TelemetryIngest(database, () => NOW_MS * 1000);
  const startNs = BigInt(NOW_MS - 60_000) * 1_000_000n;
  const span = (
    spanId: string,
    parentSpanId: string,
    name: string,
    kind: number,
    offsetMs: number,
    ms: number,
    attributes: object[],
  ) => ({
    traceId: TRACE_ID,
    spanId,
    ...(parentSpanId ? { parentSpanId } : {}),
    name,
    kind,
    startTimeUnixNano: String(startNs + BigInt(offsetMs) * 1_000_000n),
    endTimeUnixNano: String(startNs + BigInt(offsetMs + ms) * 1_000_000n),
    attributes,
    status: {},
  });
  const resourceSpans = (service: string, spans: object[]) => ({
    resource: { attributes: [attribute('service.name', service)] },
    scopeSpans: [{ scope: { name: 'spec' }, spans }],
  });
  ingest.traces(
    tracesSignal.decodeJson(
      JSON.stringify({
        resourceSpans: [
          resourceSpans('order', [
            span('00000000000000a1', '', 'POST /api/orders', 2, 0, 800, [
              attribute('http.route', '/api/orders'),
              attribute('http.response.status_code', 201),
              attribute('shop.order.id', 'order-1'),
            ]),
            span('00000000000000a2', '00000000000000a1', 'GET', 3, 10, 100, [attribute('server.address', '127.0.0.1')]),
          ]),
          resourceSpans('cart', [
            span('00000000000000b1', '00000000000000a2', 'GET /api/cart', 2, 20, 80, [
              attribute('http.response.status_code', 200),
            ]),
          ]),
        ],
      }),
    ),
  );
  ingest.logs(
    logsSignal.decodeJson(
      JSON.stringify({
        resourceLogs: [
          {
            resource: { attributes: [attribute('service.name', 'order')] },
            scopeLogs: [
              {
                logRecords: [
                  {
                    timeUnixNano: String(startNs + 5_000_000n),
                    severityNumber: 9,
                    severityText: 'info',
                    body: { stringValue: 'order placed' },
                    traceId: TRACE_ID,
                    spanId: '00000000000000a1',
                    attributes: [attribute('order_id', 'order-1')],
                  },
                ],
              },
            ],
          },
        ],
      }),
    ),
  );
}

const SWEEP_TRACE_ID = '5f5e2a1c00000000000000000000cafe';

/** A background sweep, as the cart's purge of expired carts: a root span of kind internal, and its query. */
function storeSweep(database: DatabaseSync): void {
  const startNs = BigInt(NOW_MS - 30_000) * 1_000_000n;
  const span = (spanId: string, parentSpanId: string, name: string, kind: number) => ({
    traceId: SWEEP_TRACE_ID,
    spanId,
    ...(parentSpanId ? { parentSpanId } : {}),
    name,
    kind,
    startTimeUnixNano: String(startNs),
    endTimeUnixNano: String(startNs + 5_000_000n),
  });
  new TelemetryIngest(database, () => NOW_MS * 1000).traces(
    tracesSignal.decodeJson(
      JSON.stringify({
        resourceSpans: [
          {
            resource: {
              attributes: [attribute('service.name', 'cart'), attribute('telemetry.sdk.language', 'nodejs')],
            },
            scopeSpans: [
              {
                spans: [
                  span('00000000000000c1', '', 'cart.purge_expired', 1),
                  span('00000000000000c2', '00000000000000c1', 'DELETE shop_cart.carts', 3),
                ],
              },
            ],
          },
        ],
      }),
    ),
  );
}

let database: DatabaseSync;
let api: FastifyInstance;
let notifier: RecordingNotifier;
let admin: string;
let viewer: string;

beforeEach(async () => {
  database = openTelemetryDatabase(':memory:');
  storeCheckout(database);
  notifier = new RecordingNotifier();
  const alarms = new AlarmService({ db: database, notifier, logger: { warn: () => undefined }, now: () => NOW_MS });
  api = buildQueryApi({ database, tokens, alarms, logger: pino({ level: 'silent' }), now: () => NOW_MS });
  admin = (await tokens.sign({ subject: 'op-1', roles: ['admin'] })).accessToken;
  viewer = (await tokens.sign({ subject: 'op-2', roles: ['viewer'] })).accessToken;
});

afterEach(async () => {
  await api.close();
  database.close();
});

async function get(url: string, token = viewer) {
  const response = await api.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

describe('the telemetry query API', () => {
  it('answers only operators: 401 without a valid token, 403 for a customer', async () => {
    expect((await api.inject({ method: 'GET', url: '/api/telemetry/traces' })).statusCode).toBe(401);
    const forged = await api.inject({
      method: 'GET',
      url: '/api/telemetry/traces',
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    });
    expect(forged.statusCode).toBe(401);
    const customer = (await tokens.sign({ subject: 'c-1', roles: ['customer'] })).accessToken;
    expect((await get('/api/telemetry/traces', customer)).status).toBe(403);
    expect((await api.inject({ method: 'GET', url: '/api/telemetry/health/live' })).statusCode).toBe(200);
  });

  it('finds the trace by a filter expression and reads it whole', async () => {
    const filter = encodeURIComponent('service("cart") AND annotation.order_id = "order-1" AND responsetime > 0.5');
    const search = await get(`/api/telemetry/traces?filter=${filter}`);
    expect(search.status).toBe(200);
    expect(search.body['items']).toEqual([
      expect.objectContaining({ traceId: TRACE_ID, rootService: 'order', spanCount: 3, services: ['cart', 'order'] }),
    ]);
    const miss = await get(`/api/telemetry/traces?filter=${encodeURIComponent('responsetime > 5')}`);
    expect(miss.body['items']).toEqual([]);

    const trace = await get(`/api/telemetry/traces/${TRACE_ID.toUpperCase()}`);
    expect(trace.status).toBe(200);
    expect((trace.body['spans'] as { name: string }[]).map((span) => span.name)).toEqual([
      'POST /api/orders',
      'GET',
      'GET /api/cart',
    ]);
  });

  it.each([
    ['', [SWEEP_TRACE_ID, TRACE_ID]],
    ['&background=include', [SWEEP_TRACE_ID, TRACE_ID]],
    ['&background=exclude', [TRACE_ID]],
    ['&background=only', [SWEEP_TRACE_ID]],
    ['&background=exclude&filter=service("cart")', [TRACE_ID]],
    ['&background=only&filter=http.status%20%3D%20201', []],
  ])('keeps background work unless asked otherwise: traces?limit=10%s', async (query, expected) => {
    storeSweep(database);
    const search = await get(`/api/telemetry/traces?limit=10${query}`);
    expect(search.status).toBe(200);
    expect((search.body['items'] as { traceId: string }[]).map((item) => item.traceId)).toEqual(expected);
  });

  it.each([
    ['/api/telemetry/traces?filter=responsetime%20%3E', 'invalid_filter'],
    ['/api/telemetry/traces?background=hidden', 'invalid_request'],
    ['/api/telemetry/traces?background=', 'invalid_request'],
    ['/api/telemetry/traces?limit=0', 'invalid_request'],
    ['/api/telemetry/traces?from=yesterday', 'invalid_request'],
    ['/api/telemetry/traces?from=2026-12-04T12:00:00Z&to=2026-12-04T11:00:00Z', 'invalid_request'],
    ['/api/telemetry/traces?colour=red', 'invalid_request'],
    ['/api/telemetry/traces/not-a-trace-id', 'invalid_request'],
    ['/api/telemetry/metrics/query?name=shop.order.placed&stat=p42', 'invalid_request'],
    ['/api/telemetry/logs?traceId=xyz', 'invalid_request'],
    ['/api/telemetry/logs?level=loud', 'invalid_request'],
  ])('answers %s with a 400 %s', async (url, code) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code } });
    expect(Object.keys(response.body)).toEqual(['error']);
  });

  it('answers an unknown trace with a 404', async () => {
    const response = await get(`/api/telemetry/traces/${'0'.repeat(31)}1`);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'trace_not_found' } });
  });

  it('finds a trace’s logs by its id without a time range, and runs Logs Insights over them', async () => {
    const logs = await get(`/api/telemetry/logs?traceId=${TRACE_ID}`);
    expect(logs.body['items']).toEqual([
      expect.objectContaining({ service: 'order', body: 'order placed', spanId: '00000000000000a1' }),
    ]);
    const insights = await api.inject({
      method: 'POST',
      url: '/api/telemetry/logs/insights',
      headers: { authorization: `Bearer ${viewer}` },
      payload: { query: 'stats count(*) as lines by service', from: '2026-12-04T11:00:00Z' },
    });
    expect(insights.statusCode).toBe(200);
    expect(insights.json()).toMatchObject({ rows: [{ service: 'order', lines: 1 }] });
    const broken = await api.inject({
      method: 'POST',
      url: '/api/telemetry/logs/insights',
      headers: { authorization: `Bearer ${viewer}` },
      payload: { query: 'stats count(* by service' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: 'invalid_query', message: expect.stringMatching(/column/) as unknown },
    });
  });

  it('draws the order → cart edge on the service map', async () => {
    const map = await get('/api/telemetry/service-map?from=2026-12-04T11:50:00Z');
    const nodes = new Map((map.body['nodes'] as { id: string; name: string }[]).map((node) => [node.id, node.name]));
    const edges = (map.body['edges'] as { source: string; target: string }[]).map(
      (edge) => `${nodes.get(edge.source)}->${nodes.get(edge.target)}`,
    );
    expect(edges).toContain('order->cart');
  });

  it('lets an admin create and delete alarms, a viewer only read them, and refuses a bad definition unchanged', async () => {
    const definition = {
      metric: { name: 'shop.http.server.errors', stat: 'sum', service: 'cart' },
      periodSeconds: 60,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      comparison: 'GreaterThanThreshold',
      threshold: 0,
      treatMissingData: 'notBreaching',
    };
    const put = (token: string, name: string, payload: Record<string, unknown>) =>
      api.inject({
        method: 'PUT',
        url: `/api/telemetry/alarms/${name}`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
    expect((await put(viewer, 'cart-errors', definition)).statusCode).toBe(403);
    const created = await put(admin, 'cart-errors', definition);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ name: 'cart-errors', state: 'INSUFFICIENT_DATA' });

    const bad = await put(admin, 'cart-errors', { ...definition, evaluationPeriods: 0, comparison: 'Sideways' });
    expect(bad.statusCode).toBe(400);
    expect((await get('/api/telemetry/alarms/cart-errors')).body).toMatchObject({ evaluationPeriods: 1 });
    expect((await put(admin, 'no spaces allowed', definition)).statusCode).toBe(400);

    const remove = (token: string) =>
      api.inject({
        method: 'DELETE',
        url: '/api/telemetry/alarms/cart-errors',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await remove(viewer)).statusCode).toBe(403);
    expect((await remove(admin)).statusCode).toBe(204);
    expect((await get('/api/telemetry/alarms/cart-errors')).status).toBe(404);
  });
});
