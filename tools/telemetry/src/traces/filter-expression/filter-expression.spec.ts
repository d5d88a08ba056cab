import type { FilterSpan, FilterTrace } from './filter-evaluator';
import { compileFilterExpression } from './filter-expression';

const MS = 1000;

function span(
  spanId: string,
  parentSpanId: string | null,
  service: string,
  startMs: number,
  endMs: number,
  details: { status?: number; httpStatus?: number; attributes?: Record<string, unknown> } = {},
): FilterSpan {
  return {
    spanId,
    parentSpanId,
    service,
    startUs: startMs * MS,
    endUs: endMs * MS,
    statusCode: details.status ?? 0,
    httpStatus: details.httpStatus ?? null,
    attributes: details.attributes ?? {},
  };
}

function trace(spans: FilterSpan[]): FilterTrace {
  const root = spans.find((candidate) => !candidate.parentSpanId);
  return {
    startUs: Math.min(...spans.map((candidate) => candidate.startUs)),
    endUs: Math.max(...spans.map((candidate) => candidate.endUs)),
    rootHttpStatus: root?.httpStatus ?? null,
    services: [...new Set(spans.map((candidate) => candidate.service))].sort(),
    spans,
  };
}

/** A checkout that went well: browser → gateway → order → inventory, 300 ms. */
const checkout = trace([
  span('b1', null, 'storefront-browser', 0, 300, {
    httpStatus: 201,
    attributes: { 'url.full': 'http://localhost:5173/api/orders', 'http.request.method': 'POST' },
  }),
  span('g1', 'b1', 'gateway', 10, 290, { httpStatus: 201 }),
  span('o1', 'g1', 'order', 20, 280, {
    httpStatus: 201,
    attributes: { 'shop.order.id': 'ord-1', 'shop.order.value': 42.5, 'shop.order.items': ['sku-1', 'sku-2'] },
  }),
  span('o2', 'o1', 'order', 30, 120, { httpStatus: 200 }),
  span('i1', 'o2', 'inventory', 40, 110, { httpStatus: 200, attributes: { 'shop.reserved_units': '3' } }),
]);

/** A product that does not exist: gateway → catalog answer 404, 50 ms. */
const notFound = trace([
  span('g2', null, 'gateway', 0, 50, {
    httpStatus: 404,
    attributes: { 'url.path': '/api/products/nope', 'http.method': 'GET' },
  }),
  span('c1', 'g2', 'catalog', 5, 45, { httpStatus: 404, attributes: { 'shop.product_id': 'nope' } }),
]);

/** Inventory fails: 503 from inventory, the gateway answers 502 after 2.5 s. */
const inventoryDown = trace([
  span('g3', null, 'gateway', 0, 2500, { httpStatus: 502, attributes: { 'http.request.method': 'POST' } }),
  span('o3', 'g3', 'order', 10, 2490, { httpStatus: 502, status: 2 }),
  span('o4', 'o3', 'order', 20, 2400, { httpStatus: 503, status: 2 }),
  span('i2', 'o4', 'inventory', 30, 2390, { httpStatus: 503, status: 2 }),
]);

/** A queue consumer throws (no HTTP at all), 1.2 s. */
const consumerException = trace([
  span('q1', null, 'order', 0, 1200, {
    status: 2,
    attributes: { 'messaging.destination.name': 'order-events', 'shop.retry': true, order_id: 'ord-9' },
  }),
]);

/** Rate limited by the gateway. */
const throttled = trace([span('g4', null, 'gateway', 0, 5, { httpStatus: 429 })]);

const fixtures = { checkout, notFound, inventoryDown, consumerException, throttled };
type FixtureName = keyof typeof fixtures;

describe(compileFilterExpression.name, () => {
  it.each<[string, FixtureName[]]>([
    ['responsetime > 1', ['inventoryDown', 'consumerException']],
    ['duration < 0.1', ['notFound', 'throttled']],
    ['responsetime >= 0.3 AND responsetime <= 0.3', ['checkout']],
    ['http.status = 404', ['notFound']],
    ['http.status >= 500', ['inventoryDown']],
    ['http.status != 201', ['notFound', 'inventoryDown', 'throttled']],
    ['http.url CONTAINS "/api/"', ['checkout', 'notFound']],
    ['http.url BEGINSWITH "http://localhost"', ['checkout']],
    ['http.url ENDSWITH "/nope"', ['notFound']],
    ['http.url CONTAINS "/API/"', []],
    ['http.method = "POST"', ['checkout', 'inventoryDown']],
    ['http.method != "POST"', ['notFound']],
    ['ok', ['checkout']],
    ['error', ['notFound', 'throttled']],
    ['fault', ['inventoryDown', 'consumerException']],
    ['throttle', ['throttled']],
    ['!ok AND !fault', ['notFound', 'throttled']],
    ['fault = false AND error = false', ['checkout']],
    ['annotation.order_id = "ord-1"', ['checkout']],
    ['annotation.order_id BEGINSWITH "ord-"', ['checkout', 'consumerException']],
    ['annotation[shop.order.id] = "ord-1"', ['checkout']],
    ['annotation.id = "ord-1"', ['checkout']],
    ['annotation.der_id = "ord-1"', []],
    ['annotation.order.value > 40', ['checkout']],
    ['annotation.order_value < 40', []],
    ['annotation.reserved_units = 3', ['checkout']],
    ['annotation.order.items = "sku-2"', ['checkout']],
    ['annotation.retry = true', ['consumerException']],
    ['annotation.retry != true', []],
    ['annotation.product_id != "x"', ['notFound']],
    ['NOT annotation.order_id = "ord-1"', ['notFound', 'inventoryDown', 'consumerException', 'throttled']],
    ['service("inventory")', ['checkout', 'inventoryDown']],
    ['service("inventory") { fault }', ['inventoryDown']],
    ['service("inventory") { ok }', ['checkout']],
    ['service("order") { responsetime > 2 }', ['inventoryDown']],
    ['service("order") { http.status = 201 }', ['checkout']],
    ['service("catalog") { error }', ['notFound']],
    ['service("nobody")', []],
    ['edge("order", "inventory")', ['checkout', 'inventoryDown']],
    ['edge("order", "inventory") { fault }', ['inventoryDown']],
    ['edge("inventory", "order")', []],
    ['edge("gateway", "catalog") { http.status = 404 }', ['notFound']],
    ['service("gateway") AND (error OR fault)', ['notFound', 'inventoryDown', 'throttled']],
    ['responsetime < 1 AND NOT service("catalog") AND !throttle', ['checkout']],
  ])('%s matches %j', (source, expected) => {
    const filter = compileFilterExpression(source);
    const matching = Object.entries(fixtures)
      .filter(([, candidate]) => filter.matches(candidate))
      .map(([name]) => name);
    expect(matching).toEqual(expected);
  });

  it.each<[string, FixtureName, boolean | undefined]>([
    ['responsetime > 1', 'inventoryDown', true],
    ['responsetime > 1', 'checkout', false],
    ['http.status = 404 OR annotation.x = 1', 'notFound', true],
    ['http.status = 404 AND annotation.x = 1', 'checkout', false],
    ['http.status = 404 AND annotation.x = 1', 'notFound', undefined],
    ['service("catalog") { fault }', 'checkout', false],
    ['service("catalog") { fault }', 'notFound', undefined],
    ['service("catalog")', 'notFound', true],
    ['fault', 'inventoryDown', true],
    ['fault', 'checkout', undefined],
    ['NOT ok', 'notFound', true],
    ['edge("order", "catalog")', 'checkout', false],
  ])('settles %s for %s from the summary: %s', (source, name, expected) => {
    const { startUs, endUs, rootHttpStatus, services } = fixtures[name];
    expect(compileFilterExpression(source).decideOnSummary({ startUs, endUs, rootHttpStatus, services })).toBe(
      expected,
    );
  });

  it('agrees with the full evaluation whenever the summary settles a filter', () => {
    const sources = ['responsetime > 1 OR error', 'NOT fault AND http.status < 500', 'service("order") AND ok'];
    for (const source of sources) {
      const filter = compileFilterExpression(source);
      for (const candidate of Object.values(fixtures)) {
        const settled = filter.decideOnSummary(candidate);
        if (settled !== undefined) expect(settled).toBe(filter.matches(candidate));
      }
    }
  });

  it('tells whether span attributes are read', () => {
    expect(compileFilterExpression('responsetime > 1 AND fault').readsAttributes).toBe(false);
    expect(compileFilterExpression('service("a") { http.url CONTAINS "x" }').readsAttributes).toBe(true);
    expect(compileFilterExpression('ok OR annotation.x = 1').readsAttributes).toBe(true);
  });
});
