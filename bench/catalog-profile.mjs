// Where a catalog request's time goes: one catalog process under autocannon with V8's CPU profiler on, then the
// share of its main thread per package (and OpenTelemetry's functions one by one), as in docs/performance.md.
// The .cpuprofile is kept under bench/results/profiles/ for Chrome DevTools' Performance panel.
// Usage: node bench/catalog-profile.mjs [--variant "tracing 10%"] [--route list] [--connections 50] [--duration 15]
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  prepareCatalogDatabase,
  ROOT,
  startProcess,
  startSink,
  stopInOrder,
  TELEMETRY_VARIANTS,
} from './catalog-setup.mjs';

const { values: args } = parseArgs({
  options: {
    variant: { type: 'string', default: 'tracing 10%' },
    route: { type: 'string', default: 'list' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '15' },
    products: { type: 'string', default: '100000' },
  },
});
const variantEnv = TELEMETRY_VARIANTS[args.variant];
if (!variantEnv) throw new Error(`--variant must be one of: ${Object.keys(TELEMETRY_VARIANTS).join(', ')}`);

const PORT = 3110;
const SHOWN_PACKAGES = 25;
const SHOWN_FUNCTIONS = 25;

/**
 * The package (or Node internal, or the project's own folder) a profiled function belongs to; native functions
 * by name: `writeBuffer` and `writev` are socket writes, `(idle)` is time with nothing to run.
 */
function ownerOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : `${functionName || 'anonymous'} (native)`;
  const dependency = url.match(/.*node_modules\/((@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1];
  const project = url.match(/\/(libs|services|tools)\/([^/]+)\//);
  if (project) return `${project[1]}/${project[2]}`;
  return url.startsWith('node:') ? url.replace(/^node:(internal\/)?/, 'node:').split('/')[0] : url;
}

/** Self time per node of the profile (its samples times their intervals), in microseconds. */
function selfTimes(profile) {
  const times = new Map();
  profile.samples.forEach((node, index) => times.set(node, (times.get(node) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  return times;
}

function sharesBy(profile, keyOf) {
  const times = selfTimes(profile);
  const shares = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = times.get(node.id) ?? 0;
    total += time;
    const key = keyOf(node.callFrame);
    if (key !== undefined) shares.set(key, (shares.get(key) ?? 0) + time);
  }
  return [...shares].map(([key, time]) => [key, time / total]).sort((a, b) => b[1] - a[1]);
}

function printShares(title, shares, limit) {
  console.log(`\n| ${title} | share |\n| --- | --- |`);
  for (const [key, share] of shares.slice(0, limit)) console.log(`| ${key} | ${(share * 100).toFixed(1)} % |`);
}

async function main() {
  const routes = await prepareCatalogDatabase(Number(args.products));
  const path = routes[args.route];
  if (!path) throw new Error(`--route must be one of: ${Object.keys(routes).join(', ')}`);
  const profiles = `${ROOT}bench/results/profiles/${new Date().toISOString().replace(/[:.]/g, '-')}`;
  mkdirSync(profiles, { recursive: true });

  const sink = await startSink();
  const catalog = await startProcess(args.variant, {
    nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    env: { ...variantEnv, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}`, PORT: String(PORT) },
    readyUrl: `http://127.0.0.1:${PORT}/api/catalog/health/ready`,
  });
  try {
    const url = `http://127.0.0.1:${PORT}${path}`;
    const connections = Number(args.connections);
    await autocannon({ url, connections, duration: 3 }); // warm-up
    const result = await autocannon({ url, connections, duration: Number(args.duration) });
    console.log(
      `${args.variant}, ${args.route} at ${connections} connections: ${result.requests.average} req/s, ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (start-up is in the profile too)`,
    );
  } finally {
    // The profile is written when the catalog exits.
    await stopInOrder([catalog, sink.child]);
  }

  const file = readdirSync(profiles).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile was written to ${profiles}`);
  const profile = JSON.parse(readFileSync(`${profiles}/${file}`, 'utf8'));
  printShares('owner of the function (self time)', sharesBy(profile, ownerOf), SHOWN_PACKAGES);
  const openTelemetry = sharesBy(profile, ({ url, functionName }) =>
    url.includes('/@opentelemetry/')
      ? `${url.replace(/.*node_modules\//, '')} ${functionName || '(anonymous)'}`
      : undefined,
  );
  const openTelemetryTotal = openTelemetry.reduce((sum, [, share]) => sum + share, 0);
  printShares(
    `OpenTelemetry function (all together ${(openTelemetryTotal * 100).toFixed(1)} %)`,
    openTelemetry,
    SHOWN_FUNCTIONS,
  );
  console.log(`\nprofile: ${profiles}/${file}`);
}

await main();
