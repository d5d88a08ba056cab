// Checkouts end to end against a running shop (`npm start`, or any deployment: --url), through the
// gateway as a storefront would: guest cart, add an item, POST /api/orders. Reports checkouts per second
// as seen by the clients, the latency of the checkout request (p50/p99), and the delay from checkout to
// CONFIRMED (p50/p99), taken from each order's own createdAt/updatedAt so that measuring it adds no
// polling load. Every checkout buys one unit of one product made for the run, with enough stock that
// all are confirmed. Signs in as the seeded admin (override with --email/--password).
// Usage: node bench/checkout.mjs [--url http://127.0.0.1:8080] [--checkouts 400] [--concurrency 16]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8080' },
    checkouts: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '16' },
    email: { type: 'string', default: 'admin@shop.local' },
    password: { type: 'string', default: 'admin-local-password' },
  },
});
const baseUrl = args.url;
const total = Number(args.checkouts);
const concurrency = Number(args.concurrency);

async function call(method, path, { token, cartToken, body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(cartToken ? { 'x-cart-token': cartToken } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function prepare() {
  const { accessToken: admin } = await call('POST', '/api/auth/login', {
    body: { email: args.email, password: args.password },
  });
  const sku = `BENCH-${randomUUID().slice(0, 8).toUpperCase()}`;
  const product = await call('POST', '/api/catalog/admin/products', {
    token: admin,
    body: {
      sku,
      name: `Bench ${sku}`,
      description: 'Made by bench/checkout.mjs.',
      price: { amount: '5.00', currency: 'EUR' },
      status: 'active',
    },
  });
  for (let tries = 0; ; tries += 1) {
    try {
      await call('GET', `/api/inventory/admin/stock/${sku}`, { token: admin });
      break;
    } catch (error) {
      if (tries > 300) throw error;
      await sleep(100);
    }
  }
  await call('POST', `/api/inventory/admin/stock/${sku}/receipts`, {
    token: admin,
    body: { quantity: total, note: 'bench' },
  });
  return { productId: product.id };
}

async function main() {
  const { productId } = await prepare();
  // Carts are made before the clock starts: the run measures checkouts, not cart building.
  const carts = [];
  for (let start = 0; start < total; start += concurrency) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(concurrency, total - start) }, async () => {
        const { cartToken } = await call('POST', '/api/cart');
        await call('POST', '/api/cart/items', { cartToken, body: { productId, quantity: 1 } });
        return cartToken;
      }),
    );
    carts.push(...batch);
  }

  const latencies = [];
  const orders = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < carts.length) {
        const cartToken = carts[next++];
        const begin = performance.now();
        const order = await call('POST', '/api/orders', {
          cartToken,
          body: {
            email: 'bench@example.com',
            shippingAddress: {
              fullName: 'Bench',
              line1: '1 Load St',
              city: 'Testing',
              postalCode: '00000',
              country: 'GB',
            },
          },
          headers: { 'idempotency-key': randomUUID() },
        });
        latencies.push(performance.now() - begin);
        orders.push({ id: order.id, cartToken });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const delays = [];
  const statuses = {};
  for (const { id, cartToken } of orders) {
    let order;
    for (;;) {
      order = await call('GET', `/api/orders/${id}`, { cartToken });
      if (order.status !== 'PENDING') break;
      await sleep(200);
    }
    statuses[order.status] = (statuses[order.status] ?? 0) + 1;
    if (order.status === 'CONFIRMED') delays.push(Date.parse(order.updatedAt) - Date.parse(order.createdAt));
  }
  latencies.sort((a, b) => a - b);
  delays.sort((a, b) => a - b);
  const result = {
    checkouts: total,
    concurrency,
    checkoutsPerSecond: Number((total / seconds).toFixed(1)),
    checkoutLatencyMs: { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) },
    checkoutToConfirmedMs: { p50: percentile(delays, 50), p99: percentile(delays, 99) },
    statuses,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
