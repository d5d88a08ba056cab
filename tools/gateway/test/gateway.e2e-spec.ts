import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { freePort, startService, type RunningService } from '@shop/testing';

interface EchoedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const GATEWAY_DIR = resolve(__dirname, '..');
const GATEWAY_MAIN = resolve(GATEWAY_DIR, 'dist/main.js');
const ROOT = 'Root=1-5759e988-bd862e3fe1be46a994272793';
const TRACE_VALUE = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/**
 * The built gateway as a process, on a free port, ready once its own health route answers. These suites
 * check what it does as the ALB does, so it traces nothing here (OTEL_SDK_DISABLED); with telemetry on, its
 * trace header follows its own span (catalog-through-gateway.e2e-spec.ts).
 */
async function startGateway(env: Record<string, string>): Promise<RunningService> {
  return startService({
    name: 'gateway',
    cwd: GATEWAY_DIR,
    script: 'dist/main.js',
    env: { GATEWAY_HOST: '127.0.0.1', OTEL_SDK_DISABLED: 'true', ...env },
    readyPath: '/gateway/health',
    portVariable: 'GATEWAY_PORT',
  });
}

/** An upstream that answers every request with what it received, and remembers it. */
function echoServer(received: EchoedRequest[]): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const echoed = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('base64'),
      };
      received.push(echoed);
      const status = Number(request.headers['x-echo-status'] ?? 200);
      response.writeHead(status, { 'content-type': 'application/json', 'x-echo': 'yes' }).end(JSON.stringify(echoed));
    });
  });
}

describe('gateway (built, as a process)', () => {
  const received: EchoedRequest[] = [];
  const upstream = echoServer(received);
  let gateway: RunningService;

  const lastReceived = (): EchoedRequest => {
    const last = received.at(-1);
    if (!last) throw new Error('the upstream received nothing');
    return last;
  };

  beforeAll(async () => {
    const upstreamPort = await listen(upstream);
    gateway = await startGateway({ CATALOG_URL: `http://127.0.0.1:${upstreamPort}` });
  });

  afterAll(async () => {
    await gateway.stop();
    await close(upstream);
  });

  it('proxies a GET with its path and query unchanged, and passes the answer back', async () => {
    const response = await fetch(`${gateway.url}/api/catalog/products?page=2&q=red%20shoe&category=a&category=b`, {
      headers: { 'x-echo-status': '203' },
    });
    expect(response.status).toBe(203);
    expect(response.headers.get('x-echo')).toBe('yes');
    const echoed = (await response.json()) as EchoedRequest;
    expect(echoed.method).toBe('GET');
    expect(echoed.url).toBe('/api/catalog/products?page=2&q=red%20shoe&category=a&category=b');
  });

  it('proxies a POST with its JSON body byte for byte', async () => {
    const body = '{"name":  "Red shoe", "price": "19.90", "tags": ["ä", "€"]}';
    const response = await fetch(`${gateway.url}/api/auth/login?next=%2F`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    });
    expect(response.status).toBe(200);
    const echoed = lastReceived();
    expect(echoed.method).toBe('POST');
    expect(echoed.url).toBe('/api/auth/login?next=%2F');
    expect(echoed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Buffer.from(echoed.body, 'base64').toString('utf8')).toBe(body);
  });

  it('proxies a binary PUT body unchanged', async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, index) => index));
    await fetch(`${gateway.url}/api/catalog/admin/images/1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(lastReceived().method).toBe('PUT');
    expect(Buffer.from(lastReceived().body, 'base64').equals(bytes)).toBe(true);
  });

  it('adds a Root trace header when the client sent none', async () => {
    await fetch(`${gateway.url}/api/catalog/products`);
    const header = lastReceived().headers['x-amzn-trace-id'];
    expect(header).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('keeps an incoming Root and adds a Self field', async () => {
    await fetch(`${gateway.url}/api/catalog/products`, { headers: { 'x-amzn-trace-id': `${ROOT};CalledFrom=app` } });
    const [self, ...rest] = String(lastReceived().headers['x-amzn-trace-id']).split(';');
    expect(self).toMatch(/^Self=/);
    expect(self?.slice('Self='.length)).toMatch(TRACE_VALUE);
    expect(rest).toEqual([ROOT, 'CalledFrom=app']);
  });

  it('replaces an incoming Self field', async () => {
    const staleSelf = 'Self=1-67891234-12456789abcdef0123456789';
    await fetch(`${gateway.url}/api/catalog/products`, { headers: { 'x-amzn-trace-id': `${staleSelf};${ROOT}` } });
    const header = String(lastReceived().headers['x-amzn-trace-id']);
    expect(header).not.toContain(staleSelf);
    expect(header).toMatch(/^Self=1-[0-9a-f]{8}-[0-9a-f]{24};Root=1-5759e988-bd862e3fe1be46a994272793$/);
  });

  it('appends the client to X-Forwarded-For, sets X-Forwarded-Proto and -Port, keeps Host', async () => {
    await fetch(`${gateway.url}/api/catalog/products`, {
      headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' },
    });
    const { headers } = lastReceived();
    expect(headers['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1');
    expect(headers['x-forwarded-proto']).toBe('http');
    expect(headers['x-forwarded-port']).toBe(String(gateway.port));
    expect(headers.host).toBe(`127.0.0.1:${gateway.port}`);
  });

  it('answers 404 in the error shape for a path no service owns, without calling any upstream', async () => {
    const before = received.length;
    const response = await fetch(`${gateway.url}/api/catalogue/products`, {
      headers: { 'x-amzn-trace-id': ROOT },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No service handles GET /api/catalogue/products',
        traceId: '5759e988bd862e3fe1be46a994272793',
      },
    });
    expect(received.length).toBe(before);
  });

  it('writes one JSON log line per request with method, path, status, upstream, duration and trace header', async () => {
    const root = 'Root=1-5759e988-0123456789abcdef01234567';
    await fetch(`${gateway.url}/api/catalog/products?secret=not-logged`, { headers: { 'x-amzn-trace-id': root } });
    const line = await gateway.waitForLog(
      (candidate) => typeof candidate['x-amzn-trace-id'] === 'string' && candidate['x-amzn-trace-id'].endsWith(root),
    );
    expect(line).toMatchObject({
      method: 'GET',
      path: '/api/catalog/products',
      status: 200,
      upstream: 'catalog',
    });
    expect(typeof line.durationMs).toBe('number');
    expect(gateway.logs().filter((candidate) => candidate.reqId === line.reqId)).toHaveLength(1);
  });
});

describe('gateway streaming', () => {
  let release: () => void = () => undefined;
  const upstream = createServer((_request, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first chunk\n');
    release = () => response.end('last chunk\n');
  });
  let gateway: RunningService;

  beforeAll(async () => {
    gateway = await startGateway({ CATALOG_URL: `http://127.0.0.1:${await listen(upstream)}` });
  });

  afterAll(async () => {
    await gateway.stop();
    await close(upstream);
  });

  it('passes a response on while the upstream is still writing it', async () => {
    const response = await fetch(`${gateway.url}/api/catalog/events`);
    const reader = response.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const decoder = new TextDecoder();
    // The upstream holds its last chunk back until the first one has arrived here; a buffering proxy never delivers it.
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('first chunk\n');
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toBe('last chunk\n');
  });
});

describe('gateway in front of an upstream that is down', () => {
  let gateway: RunningService;
  const silent = createServer(() => undefined);

  beforeAll(async () => {
    gateway = await startGateway({ CATALOG_URL: `http://127.0.0.1:${await freePort()}` });
  });

  afterAll(async () => {
    await gateway.stop();
  });

  it('answers 502 UPSTREAM_UNAVAILABLE when the service refuses the connection', async () => {
    const response = await fetch(`${gateway.url}/api/catalog/products`, { headers: { 'x-amzn-trace-id': ROOT } });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: {
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'The catalog service is unavailable',
        traceId: '5759e988bd862e3fe1be46a994272793',
      },
    });
  });

  it('answers 504 UPSTREAM_TIMEOUT when the service accepts but never answers', async () => {
    const silentGateway = await startGateway({
      CATALOG_URL: `http://127.0.0.1:${await listen(silent)}`,
      GATEWAY_UPSTREAM_TIMEOUT_MS: '500',
    });
    try {
      const response = await fetch(`${silentGateway.url}/api/catalog/products`);
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_TIMEOUT' } });
    } finally {
      await silentGateway.stop();
      await close(silent);
    }
  });
});

describe('gateway configuration', () => {
  it('stops with one line naming a bad upstream URL', async () => {
    const child = spawn(process.execPath, [GATEWAY_MAIN], {
      env: { PATH: process.env.PATH, CATALOG_URL: 'catalog:3001' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(78);
    expect(stderr).toMatch(/^Invalid configuration: CATALOG_URL: [^\n]+\n$/);
  });
});
