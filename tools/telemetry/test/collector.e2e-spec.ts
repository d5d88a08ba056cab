import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import { freePort, runScript, startService, type RunningService } from '@shop/testing';

interface Emitted {
  service: string;
  traceId: string;
  rootSpanId: string;
  childSpanId: string;
}

const PROTOCOLS = ['grpc', 'http/protobuf', 'http/json'] as const;

// Drives the BUILT collector (dist/main.js) as `npm start` runs it, fed by the real OpenTelemetry SDK in another process.
describe('the telemetry collector process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemetry-e2e-'));
  const databaseFile = join(dataDir, 'telemetry.sqlite');
  const emitted = new Map<string, Emitted>();
  let collector: RunningService;
  let grpcUrl: string;

  async function startCollector(): Promise<RunningService> {
    const [grpcPort, apiPort] = [await freePort(), await freePort()];
    grpcUrl = `http://127.0.0.1:${grpcPort}`;
    return startService({
      name: 'telemetry',
      cwd: resolve(__dirname, '..'),
      script: 'dist/main.js',
      portVariable: 'TELEMETRY_HTTP_PORT',
      readyPath: '/health',
      env: {
        TELEMETRY_DATA_DIR: dataDir,
        TELEMETRY_GRPC_PORT: String(grpcPort),
        TELEMETRY_API_PORT: String(apiPort),
        LOG_LEVEL: 'info',
      },
    });
  }

  /** Reads the store the way the query API will: a second connection to the live WAL file. */
  function query<Row>(sql: string, ...parameters: SQLInputValue[]): Row[] {
    const database = new DatabaseSync(databaseFile, { readOnly: true });
    try {
      return database.prepare(sql).all(...parameters) as Row[];
    } finally {
      database.close();
    }
  }

  const countAll = () =>
    query<{ spans: number; logs: number; points: number }>(
      `SELECT (SELECT count(*) FROM spans) AS spans, (SELECT count(*) FROM logs) AS logs,
              (SELECT count(*) FROM metric_points) AS points`,
    )[0];

  async function emit(protocol: string): Promise<Emitted> {
    const result = await runScript({
      cwd: resolve(__dirname, 'fixtures'),
      script: 'emit-telemetry.mjs',
      args: [protocol, grpcUrl, collector.url],
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    return JSON.parse(result.stdout.trim()) as Emitted;
  }

  beforeAll(async () => {
    collector = await startCollector();
  });

  afterAll(async () => {
    await collector.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(PROTOCOLS)('stores the spans, metrics and logs the SDK exports over %s', async (protocol) => {
    const sent = await emit(protocol);
    emitted.set(protocol, sent);

    expect(
      query(
        `SELECT span_id, parent_span_id, service, name, kind, status_code, status_message, http_status, attributes, events, scope
         FROM spans WHERE trace_id = ? ORDER BY parent_span_id IS NOT NULL`,
        sent.traceId,
      ),
    ).toEqual([
      {
        span_id: sent.rootSpanId,
        parent_span_id: null,
        service: sent.service,
        name: 'POST /checkout',
        kind: 2,
        status_code: 0,
        status_message: null,
        http_status: 201,
        attributes: JSON.stringify({
          'http.request.method': 'POST',
          'http.response.status_code': 201,
          'fixture.items': 3,
        }),
        events: '[]',
        scope: 'fixture-tracer',
      },
      {
        span_id: sent.childSpanId,
        parent_span_id: sent.rootSpanId,
        service: sent.service,
        name: 'SELECT orders',
        kind: 3,
        status_code: 2,
        status_message: 'deadlock',
        http_status: null,
        attributes: JSON.stringify({ 'db.system.name': 'mariadb', 'fixture.retry': true }),
        events: expect.stringMatching(
          /^\[\{"name":"rows fetched","timeUs":\d{16},"attributes":\{"fixture.rows":2\}\}\]$/,
        ) as unknown,
        scope: 'fixture-tracer',
      },
    ]);
    expect(
      query(
        'SELECT root_service, root_name, root_http_status, span_count, error_count, services FROM traces WHERE trace_id = ?',
        sent.traceId,
      ),
    ).toEqual([
      {
        root_service: sent.service,
        root_name: 'POST /checkout',
        root_http_status: 201,
        span_count: 2,
        error_count: 1,
        services: JSON.stringify([sent.service]),
      },
    ]);

    // Two exports of cumulative values (3, then 5 orders; 1, then 3 measurements), stored as deltas.
    expect(
      query(
        `SELECT name, kind, unit, attributes, sum(value) AS value, sum(count) AS count FROM metric_points
         WHERE service = ? GROUP BY name, kind, unit, attributes ORDER BY name`,
        sent.service,
      ),
    ).toEqual([
      {
        name: 'fixture.duration',
        kind: 'histogram',
        unit: 's',
        attributes: '{"fixture.kind":"web"}',
        value: expect.closeTo(3.9, 9) as unknown,
        count: 3,
      },
      {
        name: 'fixture.orders',
        kind: 'counter',
        unit: '{order}',
        attributes: '{"fixture.kind":"web"}',
        value: 5,
        count: null,
      },
    ]);
    const histogramDeltas = query<{ bucket_counts: string }>(
      `SELECT bucket_counts FROM metric_points WHERE service = ? AND name = 'fixture.duration' ORDER BY time_us, rowid`,
      sent.service,
    ).map((row) => JSON.parse(row.bucket_counts) as number[]);
    expect(histogramDeltas.slice(0, 2)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 1, 0],
    ]);

    expect(
      query(
        `SELECT severity_number, severity_text, body, trace_id, span_id, attributes FROM logs WHERE service = ? ORDER BY severity_number`,
        sent.service,
      ),
    ).toEqual([
      {
        severity_number: 9,
        severity_text: 'info',
        body: 'order placed',
        trace_id: null,
        span_id: null,
        attributes: '{"fixture.order":"o-1"}',
      },
      {
        severity_number: 17,
        severity_text: 'error',
        body: '{"reason":"deadlock","attempt":2}',
        trace_id: sent.traceId,
        span_id: sent.childSpanId,
        attributes: '{}',
      },
    ]);
  });

  it('answers a browser on another origin: the preflight, then the export', async () => {
    const origin = 'http://localhost:3000';
    const preflight = await fetch(`${collector.url}/v1/traces`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');

    const response = await postJson(
      '/v1/traces',
      browserSpans('4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7'),
      {
        origin,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    await expect(response.json()).resolves.toEqual({});
    expect(query('SELECT service FROM spans WHERE trace_id = ?', '4bf92f3577b34da6a3ce929d0e0e4736')).toEqual([
      { service: 'storefront-web' },
    ]);
  });

  it('takes gzipped bodies and reports rejected spans as a partial success', async () => {
    const body = browserSpans('5bf92f3577b34da6a3ce929d0e0e4736', '10f067aa0ba902b7');
    body.resourceSpans[0]?.scopeSpans[0]?.spans.push({ ...span('not-hex', '20f067aa0ba902b7') });
    const response = await fetch(`${collector.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify(body)),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({
      partialSuccess: { rejectedSpans: '1', errorMessage: 'invalid trace id' },
    });
    expect(query('SELECT span_id FROM spans WHERE trace_id = ?', '5bf92f3577b34da6a3ce929d0e0e4736')).toEqual([
      { span_id: '10f067aa0ba902b7' },
    ]);
  });

  it('refuses malformed bodies and unknown content types and stores nothing', async () => {
    const before = countAll();
    const garbage = await fetch(`${collector.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f),
    });
    expect(garbage.status).toBe(400);
    expect(garbage.headers.get('content-type')).toBe('application/x-protobuf');

    const notJson = await postJson('/v1/logs', '{"resourceLogs": [');
    expect(notJson.status).toBe(400);
    await expect(notJson.json()).resolves.toEqual({ code: 3, message: expect.stringContaining('Not JSON') as unknown });

    const wrongShape = await postJson('/v1/metrics', { resourceMetrics: 'none' });
    expect(wrongShape.status).toBe(400);

    const text = await fetch(`${collector.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
    expect(countAll()).toEqual(before);
  });

  it('keeps everything across a restart and goes on storing', async () => {
    expect(await collector.stop('SIGTERM')).toBe(0);
    collector = await startCollector();
    for (const sent of emitted.values()) {
      expect(query('SELECT count(*) AS spans FROM spans WHERE trace_id = ?', sent.traceId)).toEqual([{ spans: 2 }]);
    }
    const again = await emit('grpc');
    expect(query('SELECT span_count FROM traces WHERE trace_id = ?', again.traceId)).toEqual([{ span_count: 2 }]);
    // A new process is a new cumulative series start: its first point counts from zero, not from the last run's 5.
    const orders = query<{ value: number }>(
      `SELECT value FROM metric_points WHERE service = 'fixture-grpc' AND name = 'fixture.orders' ORDER BY time_us, rowid`,
    ).map((row) => row.value);
    expect(orders.slice(-3)).toEqual([3, 2, 0]);
  });

  function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${collector.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }
});

function span(traceId: string, spanId: string) {
  const nowNanos = BigInt(Date.now()) * 1_000_000n;
  return {
    traceId,
    spanId,
    name: 'documentLoad',
    kind: 1,
    startTimeUnixNano: String(nowNanos),
    endTimeUnixNano: String(nowNanos + 5_000_000n),
  };
}

/** An OTLP/JSON export as a browser SDK sends it. */
function browserSpans(traceId: string, spanId: string) {
  return {
    resourceSpans: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: 'storefront-web' } },
            { key: 'telemetry.sdk.language', value: { stringValue: 'webjs' } },
          ],
        },
        scopeSpans: [{ scope: { name: 'storefront-web' }, spans: [span(traceId, spanId)] }],
      },
    ],
  };
}
