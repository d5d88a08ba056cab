// Ingest speed of the local telemetry collector: starts the built collector (tools/telemetry/dist/main.js) on a
// temporary data directory and free ports, then --senders concurrent senders POST --spans spans over OTLP/HTTP
// protobuf in batches of --batch (10 spans a trace, attributes like the shop's HTTP server spans). Reports spans
// per second, request latency p50/p99 and the store's size, and checks that every span was stored.
// Needs a build (npx tsc -b tsconfig.build.json).
// Usage: node bench/telemetry-ingest.mjs [--spans 200000] [--batch 512] [--senders 8]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';

const require = createRequire(import.meta.url);
const generated = require('otlp-proto-0200/build/src/generated/root.js');
const ExportTraceServiceRequest = generated.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

const { values: args } = parseArgs({
  options: {
    spans: { type: 'string', default: '200000' },
    batch: { type: 'string', default: '512' },
    senders: { type: 'string', default: '8' },
  },
});
const spanTarget = Number(args.spans);
const batchSize = Number(args.batch);
const senders = Number(args.senders);
const SPANS_PER_TRACE = 10;
const root = new URL('..', import.meta.url).pathname;

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

function attribute(key, value) {
  return { key, value: typeof value === 'number' ? { intValue: value } : { stringValue: value } };
}

/** One export request of `count` spans (fresh ids), encoded as protobuf. */
function spanBatch(count) {
  const nowNanos = BigInt(Date.now()) * 1_000_000n;
  const spans = [];
  let traceId;
  let rootId;
  for (let index = 0; index < count; index += 1) {
    if (index % SPANS_PER_TRACE === 0) {
      traceId = randomBytes(16);
      rootId = undefined;
    }
    const spanId = randomBytes(8);
    const start = nowNanos + BigInt(index) * 1000n;
    spans.push({
      traceId,
      spanId,
      parentSpanId: rootId,
      name: rootId ? 'SELECT shop.products' : 'GET /api/catalog/products/:id',
      kind: rootId ? 3 : 2,
      startTimeUnixNano: String(start),
      endTimeUnixNano: String(start + 2_500_000n),
      attributes: [
        attribute('http.request.method', 'GET'),
        attribute('http.route', '/api/catalog/products/:id'),
        attribute('http.response.status_code', 200),
        attribute('url.path', `/api/catalog/products/${index}`),
        attribute('server.address', '127.0.0.1'),
        attribute('network.peer.port', 3001),
        attribute('user_agent.original', 'bench'),
        attribute('shop.correlation_id', spanId.toString('hex')),
      ],
      status: { code: 0 },
    });
    rootId ??= spanId;
  }
  const request = ExportTraceServiceRequest.fromObject({
    resourceSpans: [
      {
        resource: { attributes: [attribute('service.name', 'catalog'), attribute('service.version', '0.1.0')] },
        scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http' }, spans }],
      },
    ],
  });
  return ExportTraceServiceRequest.encode(request).finish();
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const dataDir = mkdtempSync(join(tmpdir(), 'telemetry-ingest-bench-'));
const httpPort = await freePort();
const grpcPort = await freePort();
const apiPort = await freePort();
const collector = spawn(process.execPath, ['tools/telemetry/dist/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    TELEMETRY_DATA_DIR: dataDir,
    TELEMETRY_HTTP_PORT: String(httpPort),
    TELEMETRY_GRPC_PORT: String(grpcPort),
    // Ports and topics of its own, so the bench runs beside `npm start` and its alarms never notify the shop's.
    TELEMETRY_API_PORT: String(apiPort),
    SHOP_RESOURCE_PREFIX: 'telemetry-bench',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  const url = `http://127.0.0.1:${httpPort}/v1/traces`;
  for (let ready = false; !ready;) {
    if (collector.exitCode !== null) throw new Error(`the collector exited with ${collector.exitCode}`);
    ready = await fetch(`http://127.0.0.1:${httpPort}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (!ready) await sleep(100);
  }

  const batchCount = Math.ceil(spanTarget / batchSize);
  const bodies = Array.from({ length: batchCount }, () => spanBatch(batchSize));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < bodies.length) {
        const body = bodies[next];
        next += 1;
        const sent = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-protobuf' },
          body,
        });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`the collector answered ${response.status}`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const database = new DatabaseSync(join(dataDir, 'telemetry.sqlite'), { readOnly: true });
  const { spans } = database.prepare('SELECT count(*) AS spans FROM spans').get();
  const { traces } = database.prepare('SELECT count(*) AS traces FROM traces').get();
  database.close();
  const stored = batchCount * batchSize;
  if (spans !== stored) throw new Error(`sent ${stored} spans, the store holds ${spans}`);
  const sizeMb =
    ['telemetry.sqlite', 'telemetry.sqlite-wal']
      .map((file) => statSync(join(dataDir, file), { throwIfNoEntry: false })?.size ?? 0)
      .reduce((sum, size) => sum + size, 0) /
    1024 /
    1024;
  latencies.sort((a, b) => a - b);
  console.log(
    `telemetry ingest (OTLP/HTTP protobuf, ${cpus().length} cpus): ${stored} spans (${traces} traces) in ${seconds.toFixed(2)} s ` +
      `= ${Math.round(stored / seconds)} spans/s; batch ${batchSize}, ${senders} senders; ` +
      `request p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms; ` +
      `store ${sizeMb.toFixed(1)} MB`,
  );
} finally {
  if (collector.exitCode === null) {
    collector.kill('SIGTERM');
    await once(collector, 'exit');
  }
  rmSync(dataDir, { recursive: true, force: true });
}
