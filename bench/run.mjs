// HTTP benchmarks of the catalog: list, category list, detail and search at 1 and 50 connections against a seeded
// 100,000-product catalog, with every variant (telemetry off, tracing at 100% and 10%) running side by
// side and measured in interleaved rounds, so machine noise hits all alike. On the list route a bare node:http +
// mysql2 server sending the same statement (bench/floor-server.mjs) runs beside them: the machine's floor.
// Usage: npm run bench [-- --duration 10 --rounds 2 --products 100000]
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';

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

const root = new URL('..', import.meta.url).pathname;
const catalogDir = `${root}services/catalog`;
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'mysql://root@127.0.0.1:3306';
const databaseUrl = `${serverUrl}/shop_bench_catalog`;
const secret = 'benchmark-secret-benchmark-secret-0123456789';
const catalogMain = 'services/catalog/dist/main.js';

function run(script, extraArgs, env) {
  execFileSync(process.execPath, [script, ...extraArgs], {
    cwd: catalogDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function prepareDatabase() {
  const env = { DATABASE_URL: databaseUrl, NODE_ENV: 'test', JWT_SECRET: secret };
  run('dist/persistence/cli/migrate.js', [], env);
  const connection = await mysql.createConnection(databaseUrl);
  const [[{ count }]] = await connection.query('SELECT COUNT(*) AS count FROM products');
  if (count < productTarget) {
    console.log(`seeding ${productTarget} products (once; the database is kept for later runs)`);
    await connection.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const table of ['product_categories', 'products', 'categories'])
      await connection.query(`DELETE FROM ${table}`);
    run('dist/persistence/cli/seed.js', ['--products', String(productTarget)], env);
  }
  const [[sample]] = await connection.query(
    "SELECT slug FROM products WHERE status = 'active' ORDER BY slug LIMIT 1 OFFSET 5000",
  );
  const [[category]] = await connection.query(
    'SELECT slug FROM categories WHERE parent_id IS NULL ORDER BY position LIMIT 1',
  );
  await connection.end();
  return { productSlug: sample.slug, categorySlug: category.slug };
}

async function startProcess(name, script, env, readyUrl, args = []) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: secret,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} did not become ready`);
}

/** The stand-in collector on a free port: resolves with the process and the port it bound. */
async function startSink() {
  const child = spawn(process.execPath, [`${root}bench/otlp-sink.mjs`, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { child, port: JSON.parse(String(chunk)).listening };
}

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
  const { productSlug, categorySlug } = await prepareDatabase();
  const sink = await startSink();
  const children = [sink.child];
  const common = { DATABASE_URL: databaseUrl, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}` };
  const variants = [
    { name: 'telemetry off', port: 3101, env: { OTEL_SDK_DISABLED: 'true' } },
    { name: 'tracing 100%', port: 3102, env: { OTEL_TRACES_SAMPLER_ARG: '1' } },
    { name: 'tracing 10%', port: 3103, env: { OTEL_TRACES_SAMPLER_ARG: '0.1' } },
    {
      name: 'floor: node:http + mysql2',
      port: 3104,
      script: 'bench/floor-server.mjs',
      args: ['3104', databaseUrl],
      routes: ['list'],
    },
  ];
  const routes = {
    list: '/api/catalog/products?page=3&pageSize=20',
    category: `/api/catalog/products?category=${categorySlug}&page=3&pageSize=20&sort=price`,
    detail: `/api/catalog/products/${productSlug}`,
    search: '/api/catalog/products?q=wireless+speaker&pageSize=20',
  };
  const results = [];
  try {
    for (const variant of variants) {
      const ready = `http://127.0.0.1:${variant.port}/api/catalog/health/ready`;
      const env = { ...common, ...variant.env, PORT: String(variant.port) };
      children.push(await startProcess(variant.name, variant.script ?? catalogMain, env, ready, variant.args));
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
    for (const child of children.toReversed()) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(`${root}bench/results`, { recursive: true });
  const file = `${root}bench/results/catalog-http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
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
