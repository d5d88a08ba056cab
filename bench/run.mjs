// HTTP benchmarks of the catalog: list, category list, detail and search at 1 and 50 connections against a seeded
// 100,000-product catalog, with every variant (telemetry off, tracing at 100% and 10%) running side by
// side and measured in interleaved rounds, so machine noise hits all alike. On the list route a bare node:http +
// mysql2 server sending the same statement (bench/floor-server.mjs) runs beside them: the machine's floor.
// Usage: npm run bench [-- --duration 10 --rounds 2 --products 100000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  DATABASE_URL,
  prepareCatalogDatabase,
  ROOT,
  startProcess,
  startSink,
  stopInOrder,
  TELEMETRY_VARIANTS,
} from './catalog-setup.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    products: { type: 'string', default: '100000' },
    only: { type: 'string' },
  },
});
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const productTarget = Number(args.products);

async function measure(url, connections) {
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

async function main() {
  const routes = await prepareCatalogDatabase(productTarget);
  const sink = await startSink();
  const children = [sink.child];
  const common = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}` };
  const variants = [
    ...Object.entries(TELEMETRY_VARIANTS).map(([name, env], index) => ({ name, port: 3101 + index, env })),
    {
      name: 'floor: node:http + mysql2',
      port: 3104,
      script: 'bench/floor-server.mjs',
      args: ['3104', DATABASE_URL],
      routes: ['list'],
    },
  ];
  const results = [];
  try {
    for (const variant of variants) {
      children.push(
        await startProcess(variant.name, {
          script: variant.script,
          args: variant.args,
          env: { ...common, ...variant.env, PORT: String(variant.port) },
          readyUrl: `http://127.0.0.1:${variant.port}/api/catalog/health/ready`,
        }),
      );
    }
    for (const [route, path] of Object.entries(routes)) {
      if (args.only && args.only !== route) continue;
      for (const connections of [1, 50]) {
        for (let round = 0; round < rounds; round += 1) {
          for (const variant of variants) {
            if (variant.routes && !variant.routes.includes(route)) continue;
            const url = `http://127.0.0.1:${variant.port}${path}`;
            await autocannon({ url, connections, duration: 2 }); // warm-up
            const measured = await measure(url, connections);
            results.push({ route, connections, round, variant: variant.name, ...measured });
            console.log(JSON.stringify(results.at(-1)));
          }
        }
      }
    }
  } finally {
    // Services first, the collector last, so their final flush finds it.
    await stopInOrder(children.toReversed());
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  const file = `${ROOT}bench/results/catalog-http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ machine, duration, rounds, routes, results }, null, 2));
  console.log(`\n${summarize(results)}\nresults: ${file}`);
}

/** A markdown table: the mean over rounds of each variant, and its throughput as a share of "telemetry off". */
function summarize(results) {
  const groups = new Map();
  for (const row of results) {
    const key = `${row.route}|${row.connections}|${row.variant}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const mean = (rows, field) => rows.reduce((sum, row) => sum + row[field], 0) / rows.length;
  const lines = [
    '| route | connections | variant | req/s | vs off | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [key, rows] of groups) {
    const [route, connections, variant] = key.split('|');
    const baseline = groups.get(`${route}|${connections}|telemetry off`);
    const rps = mean(rows, 'requestsPerSecond');
    const ratio = baseline ? rps / mean(baseline, 'requestsPerSecond') : NaN;
    lines.push(
      `| ${route} | ${connections} | ${variant} | ${rps.toFixed(0)} | ${ratio.toFixed(2)} | ${mean(rows, 'p50Ms').toFixed(1)} | ${mean(rows, 'p99Ms').toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

await main();
