// The storefront as a browser meets it, with the measures available offline (no Lighthouse): (1) the JS a
// first load of each App Router route downloads, raw and gzipped, summed from the production build's
// manifests (frontend/.next: build it first), with the chunks that make the difference; (2) the Next
// server's response time per main route against a running shop (`npm start`, or --url): time to first byte
// and to the last byte, p50/p99 over N sequential requests after a warm-up, the routes taken in turn so
// that machine noise hits all alike. The cart, checkout and order pages are measured with a guest cart
// made through the gateway (one cart for an order placed before the clock starts, one left open).
// Usage: node bench/storefront.mjs [--url http://127.0.0.1:3000] [--gateway http://127.0.0.1:8080]
//          [--requests 100] [--warmup 10] [--bundles-only]
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    gateway: { type: 'string', default: 'http://127.0.0.1:8080' },
    requests: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
    'bundles-only': { type: 'boolean', default: false },
  },
});
const root = new URL('..', import.meta.url).pathname;
const nextDir = `${root}frontend/.next`;
const kib = (bytes) => (bytes / 1024).toFixed(1);

function readJson(path) {
  return JSON.parse(readFileSync(`${nextDir}/${path}`, 'utf8'));
}

/** The JS files a page's first load needs: Next's runtime (rootMainFiles) and the client chunks of the page and its layouts. */
function pageFiles(entry, rootMainFiles) {
  // The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox.
  const context = createContext({});
  runInContext(readFileSync(`${nextDir}/server/app${entry}_client-reference-manifest.js`, 'utf8'), context);
  const manifest = context.__RSC_MANIFEST[entry];
  const js = new Set(rootMainFiles);
  for (const files of Object.values(manifest.entryJSFiles)) for (const file of files) js.add(file);
  const css = new Set();
  for (const files of Object.values(manifest.entryCSSFiles))
    for (const file of files) if (!file.inlined) css.add(file.path);
  return { js: [...js], css: [...css], clientModules: manifest.clientModules };
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(`${nextDir}/${file}`);
    sizes.set(file, { raw: content.length, gzip: gzipSync(content).length });
  }
  return sizes.get(file);
}
const total = (files, field) => files.reduce((sum, file) => sum + sizeOf(file)[field], 0);

/** Libraries whose modules no client reference names, recognised by a string of theirs. */
const FINGERPRINTS = [
  ['react-dom', /hydrateRoot/],
  ['next router', /next-router/],
  ['@opentelemetry/*', /opentelemetry\/(?:api|sdk-trace)/],
  ['web-vitals', /largest-contentful-paint/],
  ['aws-rum-web', /aws-rum-web/],
  ['buffer polyfill', /toByteArray/],
];

/**
 * What a chunk holds, as far as the manifests say: the client components (by file, or by package for
 * node_modules) whose module a chunk defines (a Turbopack chunk is `push([script, id, factory, id, factory…])`),
 * and the libraries of FINGERPRINTS.
 */
function describeChunks(files, clientModulesByEntry) {
  const labels = new Map();
  for (const clientModules of clientModulesByEntry) {
    for (const [modulePath, { id }] of Object.entries(clientModules)) {
      const path = modulePath.replace(/^\[project\]\//, '').replace(/ <.*>$/, '');
      const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const nextModule = packageName === 'next' ? `next/${path.split('/').pop().replace(/\.js$/, '')}` : undefined;
      labels.set(id, nextModule ?? packageName ?? path.replace(/^frontend\/src\//, ''));
    }
  }
  const contents = new Map();
  for (const file of files) {
    const source = readFileSync(`${nextDir}/${file}`, 'utf8');
    const defined = new Set();
    for (const [id, label] of labels)
      if (new RegExp(`[,[]${id},(?:\\(|[\\w$]+=>|function)`).test(source)) defined.add(label);
    for (const [name, pattern] of FINGERPRINTS) if (pattern.test(source)) defined.add(`${name} (by content)`);
    contents.set(file, [...defined].sort());
  }
  return contents;
}

function bundles() {
  statSync(`${nextDir}/BUILD_ID`); // fails clearly when there is no production build
  const buildManifest = readJson('build-manifest.json');
  const routes = Object.entries(readJson('app-path-routes-manifest.json'))
    .filter(([entry]) => entry.endsWith('/page') && entry !== '/_global-error/page')
    .sort(([, a], [, b]) => a.localeCompare(b));
  const prerendered = new Set(Object.keys(readJson('prerender-manifest.json').routes ?? {}));
  const pages = routes.map(([entry, route]) => ({ entry, route, ...pageFiles(entry, buildManifest.rootMainFiles) }));
  const shared = pages.map((page) => page.js).reduce((common, js) => common.filter((file) => js.includes(file)));
  const rows = pages.map((page) => {
    const own = page.js.filter((file) => !shared.includes(file));
    return {
      route: page.route,
      rendering: prerendered.has(page.route) ? 'static' : 'dynamic',
      chunks: page.js.length,
      files: page.js,
      rawBytes: total(page.js, 'raw'),
      gzipBytes: total(page.js, 'gzip'),
      ownRawBytes: total(own, 'raw'),
      ownGzipBytes: total(own, 'gzip'),
      cssGzipBytes: total(page.css, 'gzip'),
      ownChunks: own,
    };
  });
  const firstLoad = new Set(pages.flatMap((page) => page.js));
  const later = readdirSync(`${nextDir}/static/chunks`)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `static/chunks/${name}`)
    .filter((file) => !firstLoad.has(file) && !buildManifest.polyfillFiles.includes(file));
  const chunkFiles = [...firstLoad, ...later].sort((a, b) => sizeOf(b).raw - sizeOf(a).raw);
  const contents = describeChunks(
    chunkFiles,
    pages.map((page) => page.clientModules),
  );
  const chunks = chunkFiles.map((file) => ({
    file,
    ...sizeOf(file),
    usedBy: later.includes(file)
      ? 'after load'
      : shared.includes(file)
        ? 'all'
        : rows.filter((row) => row.ownChunks.includes(file)).length,
    holds: contents.get(file),
  }));
  return {
    buildId: readFileSync(`${nextDir}/BUILD_ID`, 'utf8').trim(),
    shared: { files: shared, rawBytes: total(shared, 'raw'), gzipBytes: total(shared, 'gzip') },
    polyfills: { files: buildManifest.polyfillFiles, rawBytes: total(buildManifest.polyfillFiles, 'raw') },
    rows,
    chunks,
  };
}

async function gateway(method, path, { cartToken, body } = {}) {
  const response = await fetch(`${args.gateway}${path}`, {
    method,
    headers: {
      ...(cartToken ? { 'x-cart-token': cartToken } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(path === '/api/orders' ? { 'idempotency-key': randomUUID() } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

async function guestCartWith(productId) {
  const { cartToken } = await gateway('POST', '/api/cart');
  await gateway('POST', '/api/cart/items', { cartToken, body: { productId, quantity: 1 } });
  return cartToken;
}

/** The pages to time, each with the text that shows it rendered the real thing rather than an empty or error state. */
async function prepareRoutes() {
  const { items } = await gateway('GET', '/api/catalog/products?pageSize=1');
  if (items.length === 0) throw new Error('the catalog has no products: seed it (npm start seeds an empty shop)');
  const [product] = items;
  const orderCart = await guestCartWith(product.id);
  const order = await gateway('POST', '/api/orders', {
    cartToken: orderCart,
    body: {
      email: 'bench@example.com',
      shippingAddress: { fullName: 'Bench', line1: '1 Load St', city: 'Testing', postalCode: '00000', country: 'GB' },
    },
  });
  const openCart = await guestCartWith(product.id);
  return [
    { name: 'home', path: '/', expect: '</html>' },
    { name: 'product list', path: '/products', expect: product.name },
    { name: 'product detail', path: `/products/${product.slug}`, expect: product.name },
    { name: 'cart', path: '/cart', cookie: `shop_cart=${openCart}`, expect: product.name },
    { name: 'checkout', path: '/checkout', cookie: `shop_cart=${openCart}`, expect: product.name },
    { name: 'order', path: `/orders/${order.id}`, cookie: `shop_cart=${orderCart}`, expect: order.id },
  ];
}

/** One page load as a browser's navigation asks for it; times to the response head and to its last byte. */
async function load(route) {
  const begin = performance.now();
  const response = await fetch(`${args.url}${route.path}`, {
    headers: { accept: 'text/html', 'accept-encoding': 'gzip', ...(route.cookie ? { cookie: route.cookie } : {}) },
  });
  const firstByte = performance.now() - begin;
  const html = await response.text();
  const full = performance.now() - begin;
  if (response.status !== 200) throw new Error(`GET ${route.path}: ${response.status}`);
  return { firstByte, full, html };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function responseTimes(bundleRows) {
  const routes = await prepareRoutes();
  const requests = Number(args.requests);
  const warmup = Number(args.warmup);
  const samples = new Map(routes.map((route) => [route.name, { firstByte: [], full: [] }]));
  for (const route of routes) {
    const { html } = await load(route);
    if (!html.includes(route.expect)) throw new Error(`GET ${route.path} did not render "${route.expect}"`);
    // What the page itself asks for, to check the sums from the manifests (old browsers' noModule polyfills aside).
    const scripts = [...html.matchAll(/<script[^>]+src="\/_next\/(static\/chunks\/[^"]+\.js)"[^>]*>/g)]
      .filter((match) => !/nomodule/i.test(match[0]))
      .map((match) => match[1]);
    route.htmlBytes = Buffer.byteLength(html);
    route.scriptsGzipBytes = [...new Set(scripts)].reduce((sum, file) => sum + sizeOf(file).gzip, 0);
    const pattern = route.path
      .replace(/^\/products\/[^/]+$/, '/products/[slug]')
      .replace(/^\/orders\/.+$/, '/orders/[id]');
    const row = bundleRows.find((candidate) => candidate.route === pattern);
    route.manifestGzipBytes = row?.gzipBytes;
    route.onlyInHtml = scripts.filter((file) => !row?.files.includes(file));
    route.onlyInManifests = row?.files.filter((file) => !scripts.includes(file));
  }
  for (let round = 0; round < warmup + requests; round += 1) {
    for (const route of routes) {
      const { firstByte, full } = await load(route);
      if (round < warmup) continue;
      samples.get(route.name).firstByte.push(firstByte);
      samples.get(route.name).full.push(full);
    }
  }
  return routes.map((route) => {
    const { firstByte, full } = samples.get(route.name);
    firstByte.sort((a, b) => a - b);
    full.sort((a, b) => a - b);
    return {
      route: route.name,
      path: route.path.replace(/^(\/(?:products|orders)\/).+$/, '$1…'),
      requests,
      ttfbP50Ms: percentile(firstByte, 50),
      ttfbP99Ms: percentile(firstByte, 99),
      fullP50Ms: percentile(full, 50),
      fullP99Ms: percentile(full, 99),
      htmlBytes: route.htmlBytes,
      scriptsGzipBytes: route.scriptsGzipBytes,
      manifestGzipBytes: route.manifestGzipBytes,
      onlyInHtml: route.onlyInHtml,
      onlyInManifests: route.onlyInManifests,
    };
  });
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');
}

async function main() {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
  };
  const bundle = bundles();
  const output = [
    `First-load JS per route (build ${bundle.buildId}; KiB, gzip level 6; polyfills for old browsers not counted: ${kib(bundle.polyfills.rawBytes)} KiB raw)`,
    table(
      ['route', 'rendering', 'chunks', 'JS raw', 'JS gzip', 'beyond shared, raw', 'beyond shared, gzip', 'CSS gzip'],
      [
        [
          '(shared by all)',
          '',
          bundle.shared.files.length,
          kib(bundle.shared.rawBytes),
          kib(bundle.shared.gzipBytes),
          '',
          '',
          '',
        ],
        ...bundle.rows.map((row) => [
          row.route,
          row.rendering,
          row.chunks,
          kib(row.rawBytes),
          kib(row.gzipBytes),
          kib(row.ownRawBytes),
          kib(row.ownGzipBytes),
          kib(row.cssGzipBytes),
        ]),
      ],
    ),
    '\nChunks (KiB)',
    table(
      ['chunk', 'raw', 'gzip', 'first load of', 'client components defined in it'],
      bundle.chunks.map((chunk) => [
        chunk.file.replace('static/chunks/', ''),
        kib(chunk.raw),
        kib(chunk.gzip),
        chunk.usedBy,
        chunk.holds.join(', ') || '—',
      ]),
    ),
  ];
  let times;
  if (!args['bundles-only']) {
    times = await responseTimes(bundle.rows);
    output.push(
      `\nServer response time (${args.url}, ${times[0].requests} sequential requests per route after ${args.warmup} of warm-up, ms)`,
      table(
        [
          'route',
          'path',
          'TTFB p50',
          'TTFB p99',
          'full p50',
          'full p99',
          'HTML KiB',
          'JS its HTML loads, gzip KiB',
          'by the manifests',
        ],
        times.map((row) => [
          row.route,
          row.path,
          row.ttfbP50Ms.toFixed(1),
          row.ttfbP99Ms.toFixed(1),
          row.fullP50Ms.toFixed(1),
          row.fullP99Ms.toFixed(1),
          kib(row.htmlBytes),
          kib(row.scriptsGzipBytes),
          row.manifestGzipBytes === undefined ? '' : kib(row.manifestGzipBytes),
        ]),
      ),
    );
  }
  machine.loadAverageAtEnd = loadavg().map((load) => Number(load.toFixed(2)));
  mkdirSync(`${root}bench/results`, { recursive: true });
  const file = `${root}bench/results/storefront-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ machine, bundle, times }, null, 2));
  process.stdout.write(
    `${output.join('\n')}\n\nload average ${machine.loadAverageAtStart.join(' ')} → ${machine.loadAverageAtEnd.join(' ')}\nresults: ${file}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
