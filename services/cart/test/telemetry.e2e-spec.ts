import { randomUUID } from 'node:crypto';
import { startOtlpReceiver, type LogLine, type OtlpReceiver, type ReceivedSpan } from '@shop/testing';
import type { CartBody } from './support/cart-client';
import { CatalogProducts, type CatalogProduct } from './support/catalog-products';
import { customerToken, startCart, startCatalog, type ServiceUnderTest } from './support/services-under-test';

// Both services export to a real OTLP/gRPC receiver in this process: one add-to-cart request is one
// trace across the cart, its HTTP call to the catalog and the catalog, with the cart's business attributes.

const SERVER = 2;
const CLIENT = 3;
const UNDICI_SCOPE = '@opentelemetry/instrumentation-undici';
const MYSQL2_SCOPE = '@opentelemetry/instrumentation-mysql2';

let receiver: OtlpReceiver;
let catalog: ServiceUnderTest;
let cart: ServiceUnderTest;
let product: CatalogProduct;

function telemetryEnv(): Record<string, string> {
  return {
    OTEL_SDK_DISABLED: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_TRACES_SAMPLER_ARG: '1',
    OTEL_METRIC_EXPORT_INTERVAL: '1000',
    // The standard batch delay setting, shortened so each test gets its spans in well under a second.
    OTEL_BSP_SCHEDULE_DELAY: '200',
  };
}

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  catalog = await startCatalog(telemetryEnv());
  cart = await startCart(catalog.url, { ...telemetryEnv(), LOG_LEVEL: 'info' });
  product = await new CatalogProducts(catalog.url).create({ price: { amount: '2.50', currency: 'EUR' } });
}, 120_000);

afterAll(async () => {
  await cart?.stop();
  await catalog?.stop();
  await receiver?.stop();
}, 60_000);

jest.setTimeout(60_000);

interface Sent {
  status: number;
  body: unknown;
  requestId: string;
  /** The cart's "request completed" line. */
  line: LogLine;
  traceId: string;
}

async function send(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Sent> {
  const requestId = randomUUID();
  const response = await fetch(`${cart.url}${path}`, {
    method,
    headers: {
      'x-request-id': requestId,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const responseBody: unknown = await response.json();
  const line = await cart.service.waitForLog(
    (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'request completed',
  );
  return { status: response.status, body: responseBody, requestId, line, traceId: String(line['trace_id']) };
}

async function spanOf(traceId: string, matches: (span: ReceivedSpan) => boolean, what: string): Promise<ReceivedSpan> {
  const spans = await receiver.waitForSpans((received) =>
    received.some((span) => span.traceId === traceId && matches(span)),
  );
  const span = spans.find((candidate) => candidate.traceId === traceId && matches(candidate));
  if (!span) throw new Error(`no ${what} in trace ${traceId}`);
  return span;
}

describe('cart telemetry', () => {
  it('makes an add-to-cart one trace: cart server span, traced HTTP call, catalog server span', async () => {
    const customerId = randomUUID();
    const sent = await send(
      'POST',
      '/api/cart/items',
      { authorization: `Bearer ${await customerToken(customerId)}` },
      { productId: product.id, quantity: 2 },
    );
    expect(sent.status).toBe(201);
    const body = sent.body as CartBody;

    const server = await spanOf(
      sent.traceId,
      (span) => span.kind === SERVER && span.resource['service.name'] === 'cart',
      'cart server span',
    );
    // The owner is resolved before the handler runs, so it is on the server span; the cart is annotated by
    // the use case, inside the handler's span (annotateSpan marks the active span).
    expect(server).toMatchObject({
      name: 'POST /api/cart/items',
      attributes: { 'shop.owner.kind': 'customer', 'shop.customer.id': customerId },
    });
    const handler = await spanOf(sent.traceId, (span) => span.name === 'CartController.add', 'handler span');
    expect(handler).toMatchObject({
      parentSpanId: server.spanId,
      attributes: {
        'shop.cart.id': body.id,
        'shop.owner.kind': 'customer',
        'shop.customer.id': customerId,
        'shop.cart.item_count': 2,
      },
    });

    const call = await spanOf(
      sent.traceId,
      (span) => span.kind === CLIENT && span.scope === UNDICI_SCOPE,
      'HTTP client span to the catalog',
    );
    expect(String(call.attributes['url.full'])).toContain(`/api/catalog/products/${product.id}`);
    const catalogServer = await spanOf(
      sent.traceId,
      (span) => span.kind === SERVER && span.resource['service.name'] === 'catalog',
      'catalog server span',
    );
    expect(catalogServer.parentSpanId).toBe(call.spanId);

    // Log lines of the request name the customer and carry the trace.
    const added = await cart.service.waitForLog(
      (line) => line['msg'] === 'item added to cart' && line['request_id'] === sent.requestId,
    );
    expect(added).toMatchObject({ customer_id: customerId, cart_id: body.id, trace_id: sent.traceId });
  });

  it('reads a customer’s cart with one SQL statement', async () => {
    const bearer = await customerToken();
    await send(
      'POST',
      '/api/cart/items',
      { authorization: `Bearer ${bearer}` },
      { productId: product.id, quantity: 1 },
    );
    const read = await send('GET', '/api/cart', { authorization: `Bearer ${bearer}` });
    expect(read.status).toBe(200);
    await spanOf(read.traceId, (span) => span.kind === SERVER, 'cart server span');
    expect(receiver.spans.filter((span) => span.traceId === read.traceId && span.scope === MYSQL2_SCOPE)).toHaveLength(
      1,
    );
  });

  it('marks a guest’s cart spans with the owner kind and no customer', async () => {
    const created = await send('POST', '/api/cart', {});
    expect(created.status).toBe(201);
    const { cart: body } = created.body as { cart: CartBody };
    const handler = await spanOf(created.traceId, (span) => span.name === 'CartController.create', 'handler span');
    expect(handler.attributes).toMatchObject({
      'shop.cart.id': body.id,
      'shop.owner.kind': 'guest',
      'shop.cart.item_count': 0,
    });
    expect(handler.attributes['shop.customer.id']).toBeUndefined();
  });

  it('counts carts created and units added, by owner kind', async () => {
    const created = await receiver.waitForMetric('shop.cart.created', (metric) =>
      ['guest', 'customer'].every((kind) =>
        metric.dataPoints.some((point) => point.attributes['shop.owner.kind'] === kind && (point.value ?? 0) >= 1),
      ),
    );
    expect(created.resource).toMatchObject({ 'service.name': 'cart' });
    const added = await receiver.waitForMetric('shop.cart.items_added', (metric) =>
      metric.dataPoints.some((point) => point.attributes['shop.owner.kind'] === 'customer' && (point.value ?? 0) >= 2),
    );
    expect(added.unit).toBe('{item}');
  });
});
