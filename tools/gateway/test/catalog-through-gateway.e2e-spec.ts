import {
  createTestDatabase,
  runScript,
  startOtlpReceiver,
  startService,
  type OtlpReceiver,
  type RunningService,
  type TestDatabase,
} from '@shop/testing';
import { resolve } from 'node:path';

const CATALOG_DIR = resolve(__dirname, '../../../services/catalog');
const GATEWAY_DIR = resolve(__dirname, '..');
const SERVER = 2;

// The shop as `npm start` runs it: the gateway in front of the built catalog, sign-in included.
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
      env: { CATALOG_URL: catalog.url },
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

  it('hands the trace header it adds, like the ALB, to the catalog, which keeps it on its server span', async () => {
    const path = '/api/catalog/products/trace-header-probe';
    const response = await fetch(`${gateway.url}${path}`, { headers: { 'x-request-id': 'via-gw-1' } });
    expect(response.status).toBe(404);
    const gatewayLine = await gateway.waitForLog((line) => line['path'] === path);
    const traceHeader = String(gatewayLine['x-amzn-trace-id']);
    expect(traceHeader).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);

    const catalogLine = await catalog.waitForLog((line) => line['request_id'] === 'via-gw-1');
    const spans = await receiver.waitForSpans((received) =>
      received.some((span) => span.traceId === catalogLine['trace_id'] && span.kind === SERVER),
    );
    const server = spans.find((span) => span.traceId === catalogLine['trace_id'] && span.kind === SERVER);
    expect(server?.attributes['http.request.header.x-amzn-trace-id']).toEqual([traceHeader]);
  });
});
