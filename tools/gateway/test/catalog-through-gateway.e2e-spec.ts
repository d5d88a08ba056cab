import {
  createTestDatabase,
  runScript,
  startOtlpReceiver,
  startService,
  type OtlpReceiver,
  type ReceivedSpan,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { resolve } from 'node:path';

const CATALOG_DIR = resolve(__dirname, '../../../services/catalog');
const GATEWAY_DIR = resolve(__dirname, '..');
const SERVER = 2;
const CLIENT = 3;
const TRACE_HEADER_OF_SPAN = /^Root=1-([0-9a-f]{8})-([0-9a-f]{24});Parent=([0-9a-f]{16});Sampled=1$/;

// The shop as `npm start` runs it: the gateway in front of the built catalog, sign-in included, both
// sending their spans and logs to one OTLP receiver.
describe('the catalog through the gateway', () => {
  let database: TestDatabase;
  let receiver: OtlpReceiver;
  let catalog: RunningService;
  let gateway: RunningService;

  beforeAll(async () => {
    database = await createTestDatabase('through_gateway');
    const env = { NODE_ENV: 'test', DATABASE_URL: database.url };
    for (const script of ['dist/persistence/cli/migrate.js', 'dist/persistence/cli/seed.js']) {
      const result = await runScript({ cwd: CATALOG_DIR, script, env });
      if (result.code !== 0) throw new Error(`${script} failed: ${result.stderr}`);
    }
    receiver = await startOtlpReceiver();
    catalog = await startService({
      name: 'catalog',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      env: {
        ...env,
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      readyPath: '/api/catalog/health/ready',
    });
    gateway = await startService({
      name: 'gateway',
      cwd: GATEWAY_DIR,
      script: 'dist/main.js',
      env: {
        CATALOG_URL: catalog.url,
        NODE_ENV: 'test',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      readyPath: '/gateway/health',
      portVariable: 'GATEWAY_PORT',
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await catalog?.stop();
    await receiver?.stop();
    await database?.drop();
  });

  it('serves the storefront list, a product and the category tree', async () => {
    const list = (await (await fetch(`${gateway.url}/api/catalog/products?pageSize=5`)).json()) as {
      items: { slug: string }[];
      total: number;
    };
    expect(list.items).toHaveLength(5);
    expect(list.total).toBeGreaterThanOrEqual(500);

    const detail = await fetch(`${gateway.url}/api/catalog/products/${list.items[0]?.slug}`);
    expect(detail.status).toBe(200);
    const categories = await fetch(`${gateway.url}/api/catalog/categories`);
    expect(categories.status).toBe(200);
  });

  it('signs an operator in through /api/auth and lets the token through to the admin API', async () => {
    const login = await fetch(`${gateway.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@shop.local', password: 'admin-local-password' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const admin = await fetch(`${gateway.url}/api/catalog/admin/products?status=draft`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(admin.status).toBe(200);
  });

  /** Every span of a trace once the gateway's server span (the last to end) has arrived. */
  /** The trace's spans once the gateway's server and client spans and the catalog's server span have all arrived. */
  async function traceThroughGateway(traceId: string): Promise<ReceivedSpan[]> {
    const ofTrace = (spans: readonly ReceivedSpan[]) => spans.filter((span) => span.traceId === traceId);
    const hops = [
      ['gateway', SERVER],
      ['gateway', CLIENT],
      ['catalog', SERVER],
    ] as const;
    await receiver.waitForSpans((received) =>
      hops.every(([service, kind]) =>
        ofTrace(received).some((span) => span.kind === kind && span.resource['service.name'] === service),
      ),
    );
    return ofTrace(receiver.spans);
  }

  it('puts its own spans at the top of the trace: gateway server span, its call upstream, then the catalog', async () => {
    const response = await fetch(`${gateway.url}/api/catalog/products?pageSize=1`, {
      headers: { 'x-request-id': 'via-gw-trace' },
    });
    expect(response.status).toBe(200);
    const catalogLine = await catalog.waitForLog((line) => line['request_id'] === 'via-gw-trace');
    const spans = await traceThroughGateway(String(catalogLine['trace_id']));

    const gatewayServer = spans.find((span) => span.resource['service.name'] === 'gateway' && span.kind === SERVER);
    expect(gatewayServer).toMatchObject({
      name: 'GET /api/catalog',
      attributes: { 'http.route': '/api/catalog', 'http.response.status_code': 200 },
    });
    expect(gatewayServer?.parentSpanId).toBeUndefined();
    const gatewayClient = spans.find((span) => span.resource['service.name'] === 'gateway' && span.kind === CLIENT);
    expect(gatewayClient?.parentSpanId).toBe(gatewayServer?.spanId);
    const catalogServer = spans.find((span) => span.resource['service.name'] === 'catalog' && span.kind === SERVER);
    expect(catalogServer).toMatchObject({ spanId: catalogLine['span_id'], parentSpanId: gatewayClient?.spanId });
  });

  it('hands the catalog an X-Amzn-Trace-Id of the same trace, with its server span as Parent', async () => {
    const path = '/api/catalog/products/trace-header-probe';
    const response = await fetch(`${gateway.url}${path}`, { headers: { 'x-request-id': 'via-gw-1' } });
    expect(response.status).toBe(404);
    const gatewayLine = await gateway.waitForLog((line) => line['path'] === path);
    const traceHeader = String(gatewayLine['x-amzn-trace-id']);
    const [, epoch, unique, parent] = TRACE_HEADER_OF_SPAN.exec(traceHeader) ?? [];

    const catalogLine = await catalog.waitForLog((line) => line['request_id'] === 'via-gw-1');
    expect(`${epoch}${unique}`).toBe(catalogLine['trace_id']);
    expect(gatewayLine).toMatchObject({ trace_id: catalogLine['trace_id'], span_id: parent });
    const spans = await traceThroughGateway(String(catalogLine['trace_id']));
    const gatewayServer = spans.find((span) => span.resource['service.name'] === 'gateway' && span.kind === SERVER);
    expect(gatewayServer?.spanId).toBe(parent);
    const catalogServer = spans.find((span) => span.resource['service.name'] === 'catalog' && span.kind === SERVER);
    expect(catalogServer?.attributes['http.request.header.x-amzn-trace-id']).toEqual([traceHeader]);
  });

  it("continues the caller's traceparent through the gateway into the catalog", async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const callerSpan = 'b7ad6b7169203331';
    await fetch(`${gateway.url}/api/catalog/categories`, {
      headers: { traceparent: `00-${traceId}-${callerSpan}-01` },
    });
    const spans = await traceThroughGateway(traceId);
    const gatewayServer = spans.find((span) => span.resource['service.name'] === 'gateway' && span.kind === SERVER);
    expect(gatewayServer?.parentSpanId).toBe(callerSpan);
    const gatewayClient = spans.find((span) => span.resource['service.name'] === 'gateway' && span.kind === CLIENT);
    const catalogServer = spans.find((span) => span.resource['service.name'] === 'catalog' && span.kind === SERVER);
    expect(catalogServer?.parentSpanId).toBe(gatewayClient?.spanId);
  });

  it("sends the gateway's request line over OTLP too, under the request's trace id", async () => {
    const path = '/api/catalog/products/log-probe';
    await fetch(`${gateway.url}${path}`);
    const gatewayLine = await gateway.waitForLog((line) => line['path'] === path);
    const isGatewayRecord = (candidate: OtlpReceiver['logs'][number]) =>
      candidate.traceId === gatewayLine['trace_id'] && candidate.resource['service.name'] === 'gateway';
    const records = (await receiver.waitForLogs((received) => received.some(isGatewayRecord))).filter(isGatewayRecord);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      body: 'request completed',
      severityText: 'info',
      spanId: gatewayLine['span_id'],
      attributes: { path, status: 404, upstream: 'catalog' },
    });
  });
});
