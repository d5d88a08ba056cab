// What the catalog benchmarks share: the seeded 100,000-product database, catalog processes started as in
// production, and the stand-in collector they export to.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import mysql from 'mysql2/promise';

export const ROOT = new URL('..', import.meta.url).pathname;
export const CATALOG_MAIN = 'services/catalog/dist/main.js';
const catalogDir = `${ROOT}services/catalog`;
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'mysql://root@127.0.0.1:3306';
export const DATABASE_URL = `${serverUrl}/shop_bench_catalog`;
const secret = 'benchmark-secret-benchmark-secret-0123456789';

function runCatalogCli(script, extraArgs, env) {
  execFileSync(process.execPath, [script, ...extraArgs], {
    cwd: catalogDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Migrates the benchmark database and seeds it once with `productTarget` products (kept for later runs);
 * resolves with the request paths of the benchmarked routes.
 */
export async function prepareCatalogDatabase(productTarget) {
  const env = { DATABASE_URL, NODE_ENV: 'test', JWT_SECRET: secret };
  runCatalogCli('dist/persistence/cli/migrate.js', [], env);
  const connection = await mysql.createConnection(DATABASE_URL);
  const [[{ count }]] = await connection.query('SELECT COUNT(*) AS count FROM products');
  if (count < productTarget) {
    console.log(`seeding ${productTarget} products (once; the database is kept for later runs)`);
    await connection.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const table of ['product_categories', 'products', 'categories'])
      await connection.query(`DELETE FROM ${table}`);
    runCatalogCli('dist/persistence/cli/seed.js', ['--products', String(productTarget)], env);
  }
  const [[sample]] = await connection.query(
    "SELECT slug FROM products WHERE status = 'active' ORDER BY slug LIMIT 1 OFFSET 5000",
  );
  const [[category]] = await connection.query(
    'SELECT slug FROM categories WHERE parent_id IS NULL ORDER BY position LIMIT 1',
  );
  await connection.end();
  return {
    list: '/api/catalog/products?page=3&pageSize=20',
    category: `/api/catalog/products?category=${category.slug}&page=3&pageSize=20&sort=price`,
    detail: `/api/catalog/products/${sample.slug}`,
    search: '/api/catalog/products?q=wireless+speaker&pageSize=20',
  };
}

/** The telemetry settings of each compared variant (`OTEL_SDK_DISABLED` or the sampling ratio). */
export const TELEMETRY_VARIANTS = {
  'telemetry off': { OTEL_SDK_DISABLED: 'true' },
  'tracing 100%': { OTEL_TRACES_SAMPLER_ARG: '1' },
  'tracing 10%': { OTEL_TRACES_SAMPLER_ARG: '0.1' },
};

/** Starts `script` (the catalog unless told) as in production, logging warnings only; resolves once ready. */
export async function startProcess(name, { script = CATALOG_MAIN, args = [], nodeOptions = [], env, readyUrl }) {
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JWT_SECRET: secret,
      DATABASE_URL,
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
export async function startSink() {
  const child = spawn(process.execPath, [`${ROOT}bench/otlp-sink.mjs`, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { child, port: JSON.parse(String(chunk)).listening };
}

/** Stops the processes one after the other, in the order given, each before the next. */
export async function stopInOrder(children) {
  for (const child of children) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
}
