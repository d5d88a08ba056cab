import {
  createTestDatabase,
  freePort,
  runScript,
  startOtlpReceiver,
  startService,
  type LogLine,
  type OtlpReceiver,
  type ReceivedSpan,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

const CATALOG_DIR = resolve(__dirname, '..');
const READY_PATH = '/api/catalog/health/ready';
const DETAIL_ROUTE = '/api/catalog/products/:idOrSlug';
const LIST_ROUTE = '/api/catalog/products';
const SERVER = 2;
const MYSQL2_SCOPE = '@opentelemetry/instrumentation-mysql2';
const auth = {
  JWT_SECRET: 'telemetry-e2e-secret-at-least-32-characters',
  JWT_ISSUER: 'observable-shop-e2e',
  JWT_AUDIENCE: 'observable-shop-api-e2e',
};

function catalogEnv(databaseUrl: string, otlpEndpoint: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
    OTEL_METRIC_EXPORT_INTERVAL: '1000',
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_SDK_DISABLED: 'false',
    // The standard batch delay setting, shortened so each test gets its spans in well under a second.
    OTEL_BSP_SCHEDULE_DELAY: '200',
    // No AWS endpoint in this suite: a closed local port, so product events wait in the outbox.
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    ...auth,
  };
}

async function adminToken(): Promise<string> {
  return new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(auth.JWT_ISSUER)
    .setAudience(auth.JWT_AUDIENCE)
    .setSubject('telemetry-e2e-admin')
    .setIssuedAt()
    .setExpirationTime('10m')
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(auth.JWT_SECRET));
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

// Each test waits for batched span exports (every few seconds) and (e) starts a second service.
jest.setTimeout(60_000);

describe('catalog telemetry', () => {
  let database: TestDatabase;
  let receiver: OtlpReceiver;
  let catalog: RunningService;
  let slug: string;

  beforeAll(async () => {
    database = await createTestDatabase('catalog_telemetry');
    for (const script of ['dist/persistence/cli/migrate.js', 'dist/persistence/cli/seed.js']) {
      const result = await runScript({
        cwd: CATALOG_DIR,
        script,
        env: { NODE_ENV: 'test', DATABASE_URL: database.url, ...auth },
      });
      if (result.code !== 0) throw new Error(`${script} failed (${result.code}): ${result.stderr}`);
    }
    receiver = await startOtlpReceiver();
    catalog = await startService({
      name: 'catalog',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      env: catalogEnv(database.url, receiver.endpoint),
      readyPath: READY_PATH,
    });
    const list = (await (await fetch(`${catalog.url}${LIST_ROUTE}?pageSize=1`)).json()) as {
      items: { slug: string }[];
    };
    const first = list.items[0];
    if (!first) throw new Error('The seeded catalog lists no product');
    slug = first.slug;
  }, 180_000);

  afterAll(async () => {
    await catalog?.stop();
    await receiver?.stop();
    await database?.drop();
  }, 30_000);

  /** Sends a GET with a fresh request id and waits for its "request completed" log line. */
  async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; line: LogLine }> {
    const requestId = randomUUID();
    const response = await fetch(`${catalog.url}${path}`, { headers: { 'x-request-id': requestId, ...headers } });
    await response.arrayBuffer();
    const line = await catalog.waitForLog(
      (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'request completed',
    );
    return { status: response.status, line };
  }

  /** The HTTP server span of a trace, once exported; every span that ended before it has arrived by then. */
  async function serverSpanOf(traceId: string): Promise<ReceivedSpan> {
    const spans = await receiver.waitForSpans((received) =>
      received.some((span) => span.traceId === traceId && span.kind === SERVER),
    );
    const span = spans.find((candidate) => candidate.traceId === traceId && candidate.kind === SERVER);
    if (!span) throw new Error(`no server span in trace ${traceId}`);
    return span;
  }

  const sqlStatementsOf = (traceId: string): ReceivedSpan[] =>
    receiver.spans.filter((span) => span.traceId === traceId && span.scope === MYSQL2_SCOPE);

  it('(a) names the server span after the route template and logs the request with the same trace id, on stdout and over OTLP', async () => {
    const { status, line } = await get(`/api/catalog/products/${slug}`);
    expect(status).toBe(200);
    expect(line).toMatchObject({
      level: 'info',
      service: 'catalog',
      method: 'GET',
      url: `/api/catalog/products/${slug}`,
      route: DETAIL_ROUTE,
      statusCode: 200,
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      span_id: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
    });

    const span = await serverSpanOf(String(line['trace_id']));
    expect(span).toMatchObject({
      name: `GET ${DETAIL_ROUTE}`,
      spanId: line['span_id'],
      attributes: { 'http.route': DETAIL_ROUTE, 'http.response.status_code': 200 },
      resource: { 'service.name': 'catalog', 'deployment.environment.name': 'test' },
    });

    // The same line also leaves over OTLP, findable by its trace id.
    const isOurLine = (record: OtlpReceiver['logs'][number]) =>
      record.traceId === line['trace_id'] && record.body === 'request completed';
    const records = (await receiver.waitForLogs((received) => received.some(isOurLine))).filter(isOurLine);
    expect(records).toEqual([
      {
        time: Date.parse(String(line['time'])),
        severityNumber: 9,
        severityText: 'info',
        body: 'request completed',
        attributes: expect.objectContaining({
          request_id: line['request_id'],
          route: DETAIL_ROUTE,
          statusCode: 200,
        }) as unknown,
        traceId: line['trace_id'],
        spanId: line['span_id'],
        resource: expect.objectContaining({ 'service.name': 'catalog' }) as unknown,
        scope: '@shop/observability',
      },
    ]);
  });

  it('(b) answers a product list and a product detail with at most 3 SQL statements each', async () => {
    for (const path of [`${LIST_ROUTE}?pageSize=20`, `/api/catalog/products/${slug}`]) {
      const { status, line } = await get(path);
      expect(status).toBe(200);
      await serverSpanOf(String(line['trace_id']));
      const statements = sqlStatementsOf(String(line['trace_id']));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.length).toBeLessThanOrEqual(3);
    }
  });

  it('(a2) runs the handler in its own span, parent of the SQL statements', async () => {
    const { line } = await get(`/api/catalog/products/${slug}`);
    const traceId = String(line['trace_id']);
    const server = await serverSpanOf(traceId);
    const handler = receiver.spans.find(
      (span) => span.traceId === traceId && span.attributes['nestjs.type'] === 'handler',
    );
    expect(handler).toMatchObject({
      parentSpanId: server.spanId,
      name: expect.stringMatching(/^\w+Controller\.\w+$/) as unknown,
    });
    const statements = sqlStatementsOf(traceId);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement.parentSpanId).toBe(handler?.spanId);
  });

  it('(c) continues a W3C traceparent and an X-Ray trace header from the caller', async () => {
    const w3cTrace = hex(16);
    const w3cParent = hex(8);
    await get(`/api/catalog/products/${slug}`, { traceparent: `00-${w3cTrace}-${w3cParent}-01` });
    expect(await serverSpanOf(w3cTrace)).toMatchObject({ parentSpanId: w3cParent });

    const epoch = Math.floor(Date.now() / 1000).toString(16);
    const xrayUnique = hex(12);
    const xrayParent = hex(8);
    await get(`/api/catalog/products/${slug}`, {
      'x-amzn-trace-id': `Root=1-${epoch}-${xrayUnique};Parent=${xrayParent};Sampled=1`,
    });
    expect(await serverSpanOf(`${epoch}${xrayUnique}`)).toMatchObject({ parentSpanId: xrayParent });
  });

  it('(d) exports RED metrics per route', async () => {
    await get(`/api/catalog/products/${slug}`);
    await get('/api/catalog/products/no-such-product-anywhere');

    const onDetail = (status: number) => (attributes: Record<string, unknown>) =>
      attributes['http.route'] === DETAIL_ROUTE &&
      attributes['http.request.method'] === 'GET' &&
      attributes['http.response.status_code'] === status;
    const requests = await receiver.waitForMetric('shop.http.server.requests', (metric) =>
      [200, 404].every((status) => metric.dataPoints.some((point) => onDetail(status)(point.attributes))),
    );
    expect(requests.resource).toMatchObject({ 'service.name': 'catalog' });
    const duration = await receiver.waitForMetric('shop.http.server.duration', (metric) =>
      metric.dataPoints.some((point) => onDetail(200)(point.attributes) && (point.count ?? 0) > 0),
    );
    expect(duration.unit).toBe('s');
  });

  it('(h) exports runtime metrics: event loop delay, heap and CPU', async () => {
    for (const name of ['nodejs.eventloop.delay.p99', 'v8js.memory.heap.used', 'process.cpu.time']) {
      const metric = await receiver.waitForMetric(name);
      expect(metric.dataPoints.length).toBeGreaterThan(0);
    }
  });

  it('(e) keeps serving when the collector is unreachable', async () => {
    const closedPort = await freePort();
    const orphan = await startService({
      name: 'catalog without collector',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      env: catalogEnv(database.url, `http://127.0.0.1:${closedPort}`),
      readyPath: READY_PATH,
    });
    try {
      for (let request = 0; request < 5; request += 1) {
        const response = await fetch(`${orphan.url}/api/catalog/products/${slug}`);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
      // stdout stays a clean JSON log stream: the SDK's complaints go to stderr.
      expect(orphan.logs().filter((line) => 'raw' in line)).toEqual([]);
    } finally {
      await orphan.stop();
    }
  });

  it('(f) changes the log level at run time through the admin endpoint', async () => {
    const isDebug = (line: LogLine) => line['level'] === 'debug';
    const before = await get(`/api/catalog/products/${slug}`);
    expect(catalog.logs().filter((line) => line['request_id'] === before.line['request_id'] && isDebug(line))).toEqual(
      [],
    );

    const token = await adminToken();
    const change = await fetch(`${catalog.url}/api/catalog/admin/log-level`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ level: 'debug' }),
    });
    expect(change.status).toBe(200);
    expect(await change.json()).toEqual({ level: 'debug' });

    const after = await get(`/api/catalog/products/${slug}`);
    expect(
      catalog.logs().filter((line) => line['request_id'] === after.line['request_id'] && isDebug(line)),
    ).not.toEqual([]);

    const read = await fetch(`${catalog.url}/api/catalog/admin/log-level`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await read.json()).toEqual({ level: 'debug' });
  });

  it('(g) flushes the spans of the last requests on SIGTERM', async () => {
    const patient = await startService({
      name: 'catalog with a long batch delay',
      cwd: CATALOG_DIR,
      script: 'dist/main.js',
      // Nothing leaves by the batch timer within this test: only the shutdown flush can send the span.
      env: { ...catalogEnv(database.url, receiver.endpoint), OTEL_BSP_SCHEDULE_DELAY: '600000' },
      readyPath: READY_PATH,
    });
    const requestId = randomUUID();
    const response = await fetch(`${patient.url}/api/catalog/products/${slug}`, {
      headers: { 'x-request-id': requestId },
    });
    expect(response.status).toBe(200);
    const line = await patient.waitForLog(
      (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'request completed',
    );
    const isOurServerSpan = (span: ReceivedSpan) => span.traceId === line['trace_id'] && span.kind === SERVER;
    expect(receiver.spans.filter(isOurServerSpan)).toHaveLength(0);

    expect(await patient.stop('SIGTERM')).toBe('SIGTERM');
    expect(receiver.spans.filter(isOurServerSpan)).toHaveLength(1);
  });
});
