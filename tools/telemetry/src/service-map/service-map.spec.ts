import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { buildServiceMap, type MapEdge } from './service-map';

const T0 = 1_799_992_800_000_000;
const MS = 1000;

interface SpanFixture {
  trace: string;
  id: string;
  parent?: string;
  service: string;
  name: string;
  kind: 1 | 2 | 3 | 4 | 5;
  startMs: number;
  endMs: number;
  error?: boolean;
  httpStatus?: number;
  attributes?: Record<string, string | number>;
  resource?: Record<string, string>;
}

function insert(db: DatabaseSync, span: SpanFixture): void {
  db.prepare(
    `INSERT INTO spans (trace_id, span_id, parent_span_id, service, name, kind, start_us, end_us, duration_us,
       status_code, status_message, http_status, attributes, resource, events, links, scope)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, '[]', '[]', 'test')`,
  ).run(
    span.trace.padStart(32, '0'),
    span.id.padStart(16, '0'),
    span.parent === undefined ? null : span.parent.padStart(16, '0'),
    span.service,
    span.name,
    span.kind,
    T0 + span.startMs * MS,
    T0 + span.endMs * MS,
    (span.endMs - span.startMs) * MS,
    span.error ? 2 : 0,
    span.httpStatus ?? null,
    JSON.stringify(span.attributes ?? {}),
    JSON.stringify(span.resource ?? { 'service.name': span.service, 'telemetry.sdk.language': 'nodejs' }),
  );
}

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

// Attributes as the shop's instrumentations set them: mysql2 (new and old conventions), undici, the AWS
// SDK instrumentation (rpc.*, aws.sns.topic_arn) and the event bus's own producer and consumer spans.
const checkout: SpanFixture[] = [
  {
    trace: 'a1',
    id: 'b1',
    service: 'storefront-browser',
    name: 'HTTP POST',
    kind: CLIENT,
    startMs: 0,
    endMs: 130,
    attributes: { 'http.request.method': 'POST', 'url.full': 'http://localhost:8080/api/orders' },
    resource: { 'service.name': 'storefront-browser', 'telemetry.sdk.language': 'webjs' },
  },
  {
    trace: 'a1',
    id: 'o1',
    parent: 'b1',
    service: 'order',
    name: 'POST /api/orders',
    kind: SERVER,
    startMs: 10,
    endMs: 120,
    httpStatus: 201,
  },
  { trace: 'a1', id: 'o9', parent: 'o1', service: 'order', name: 'PlaceOrder', kind: 1, startMs: 12, endMs: 110 },
  {
    trace: 'a1',
    id: 'o2',
    parent: 'o9',
    service: 'order',
    name: 'INSERT shop_order.orders',
    kind: CLIENT,
    startMs: 20,
    endMs: 25,
    attributes: { 'db.system.name': 'mysql', 'db.namespace': 'shop_order', 'db.query.text': 'INSERT INTO orders …' },
  },
  {
    trace: 'a1',
    id: 'o3',
    parent: 'o9',
    service: 'order',
    name: 'GET',
    kind: CLIENT,
    startMs: 30,
    endMs: 60,
    attributes: {
      'http.request.method': 'GET',
      'url.full': 'http://127.0.0.1:3002/api/cart',
      'server.address': '127.0.0.1',
    },
  },
  {
    trace: 'a1',
    id: 'c1',
    parent: 'o3',
    service: 'cart',
    name: 'GET /api/cart',
    kind: SERVER,
    startMs: 32,
    endMs: 58,
    httpStatus: 200,
  },
  {
    trace: 'a1',
    id: 'c2',
    parent: 'c1',
    service: 'cart',
    name: 'SELECT',
    kind: CLIENT,
    startMs: 35,
    endMs: 40,
    attributes: { 'db.system': 'mysql', 'db.name': 'shop_cart' },
  },
  {
    trace: 'a1',
    id: 'o4',
    parent: 'o1',
    service: 'order',
    name: 'publish shop-local-order-events',
    kind: PRODUCER,
    startMs: 200,
    endMs: 215,
    attributes: {
      'messaging.system': 'aws_sns',
      'messaging.destination.name': 'shop-local-order-events',
      'messaging.operation.type': 'send',
    },
  },
  {
    trace: 'a1',
    id: 'o5',
    parent: 'o4',
    service: 'order',
    name: 'SNS PublishBatch',
    kind: CLIENT,
    startMs: 201,
    endMs: 214,
    httpStatus: 200,
    attributes: {
      'rpc.system': 'aws-api',
      'rpc.service': 'SNS',
      'rpc.method': 'PublishBatch',
      'messaging.system': 'aws.sns',
      'aws.sns.topic_arn': 'arn:aws:sns:us-east-1:000000000000:shop-local-order-events',
    },
  },
  {
    trace: 'a1',
    id: 'i1',
    parent: 'o4',
    service: 'inventory',
    name: 'process shop-local-inventory-order-events',
    kind: CONSUMER,
    startMs: 300,
    endMs: 340,
    attributes: {
      'messaging.system': 'aws_sqs',
      'messaging.destination.name': 'shop-local-inventory-order-events',
      'messaging.operation.type': 'process',
    },
  },
  {
    trace: 'a1',
    id: 'i2',
    parent: 'i1',
    service: 'inventory',
    name: 'UPDATE',
    kind: CLIENT,
    startMs: 305,
    endMs: 315,
    attributes: { 'db.system.name': 'mysql', 'db.namespace': 'shop_inventory' },
  },
  {
    trace: 'a1',
    id: 'i4',
    parent: 'i1',
    service: 'inventory',
    name: 'publish shop-local-shop-events',
    kind: PRODUCER,
    startMs: 320,
    endMs: 330,
    attributes: { 'messaging.system': 'aws.eventbridge', 'messaging.destination.name': 'shop-local-shop-events' },
  },
  {
    trace: 'a1',
    id: 'i5',
    parent: 'i4',
    service: 'inventory',
    name: 'EventBridge.PutEvents',
    kind: CLIENT,
    startMs: 321,
    endMs: 329,
    attributes: { 'rpc.system': 'aws-api', 'rpc.service': 'EventBridge', 'rpc.method': 'PutEvents' },
  },
  {
    trace: 'a1',
    id: 'i3',
    parent: 'i1',
    service: 'inventory',
    name: 'SQS DeleteMessage',
    kind: CLIENT,
    startMs: 335,
    endMs: 338,
    attributes: {
      'rpc.system': 'aws-api',
      'rpc.service': 'SQS',
      'rpc.method': 'DeleteMessage',
      'messaging.system': 'aws_sqs',
      'messaging.destination.name': 'shop-local-inventory-order-events',
    },
  },
];

const fromOutside: SpanFixture[] = [
  {
    trace: 'a2',
    id: 'k1',
    service: 'catalog',
    name: 'GET /api/products',
    kind: SERVER,
    startMs: 0,
    endMs: 20,
    error: true,
    httpStatus: 500,
  },
  {
    trace: 'a2',
    id: 'k2',
    parent: 'k1',
    service: 'catalog',
    name: 'GET',
    kind: CLIENT,
    startMs: 5,
    endMs: 15,
    attributes: { 'http.request.method': 'GET', 'url.full': 'https://rates.example.com/latest' },
  },
  // Its caller's spans never arrived: a call from outside all the same.
  {
    trace: 'a3',
    id: 'o7',
    parent: 'ff',
    service: 'order',
    name: 'GET /api/orders',
    kind: SERVER,
    startMs: 0,
    endMs: 30,
    httpStatus: 503,
  },
  // A receive poll: no message, no edge.
  {
    trace: 'a4',
    id: 'i7',
    service: 'inventory',
    name: 'shop-local-audit-events receive',
    kind: CONSUMER,
    startMs: 0,
    endMs: 20_000,
    attributes: { 'messaging.system': 'aws_sqs', 'messaging.operation.type': 'receive' },
  },
  // Outside the range.
  { trace: 'a5', id: 'x1', service: 'order', name: 'GET /api/orders', kind: SERVER, startMs: 60_000, endMs: 60_010 },
];

function edge(source: string, target: string, requests: number, errors: number, ms: number): MapEdge {
  return {
    source,
    target,
    requests,
    errors,
    errorRate: errors / requests,
    requestsPerMinute: requests,
    averageMs: ms,
    p99Ms: ms,
  };
}

let db: DatabaseSync;

beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec(SCHEMA);
});

describe(buildServiceMap.name, () => {
  it('draws services, databases, topics, queues, buses, external hosts and outside callers', () => {
    for (const span of [...checkout, ...fromOutside]) insert(db, span);

    const map = buildServiceMap(db, { fromUs: T0, toUs: T0 + 60_000 * MS });

    expect(map.edges).toEqual([
      edge('client:client', 'service:catalog', 1, 1, 20),
      edge('client:client', 'service:order', 1, 1, 30),
      edge('client:storefront-browser', 'service:order', 1, 0, 110),
      edge('queue:shop-local-inventory-order-events', 'service:inventory', 1, 0, 40),
      edge('service:cart', 'database:mysql shop_cart', 1, 0, 5),
      edge('service:catalog', 'external:rates.example.com', 1, 0, 10),
      edge('service:inventory', 'bus:shop-local-shop-events', 1, 0, 10),
      edge('service:inventory', 'database:mysql shop_inventory', 1, 0, 10),
      edge('service:order', 'database:mysql shop_order', 1, 0, 5),
      edge('service:order', 'service:cart', 1, 0, 26),
      edge('service:order', 'topic:shop-local-order-events', 1, 0, 15),
      // From the end of the publish to the start of processing.
      edge('topic:shop-local-order-events', 'queue:shop-local-inventory-order-events', 1, 0, 85),
    ]);
    expect(map.nodes).toEqual([
      {
        id: 'bus:shop-local-shop-events',
        name: 'shop-local-shop-events',
        type: 'bus',
        requests: 1,
        errors: 0,
        averageMs: 10,
      },
      { id: 'client:client', name: 'client', type: 'client', requests: 2, errors: 2, averageMs: 25 },
      {
        id: 'client:storefront-browser',
        name: 'storefront-browser',
        type: 'client',
        requests: 1,
        errors: 0,
        averageMs: 110,
      },
      {
        id: 'database:mysql shop_cart',
        name: 'mysql shop_cart',
        type: 'database',
        requests: 1,
        errors: 0,
        averageMs: 5,
      },
      {
        id: 'database:mysql shop_inventory',
        name: 'mysql shop_inventory',
        type: 'database',
        requests: 1,
        errors: 0,
        averageMs: 10,
      },
      {
        id: 'database:mysql shop_order',
        name: 'mysql shop_order',
        type: 'database',
        requests: 1,
        errors: 0,
        averageMs: 5,
      },
      {
        id: 'external:rates.example.com',
        name: 'rates.example.com',
        type: 'external',
        requests: 1,
        errors: 0,
        averageMs: 10,
      },
      {
        id: 'queue:shop-local-inventory-order-events',
        name: 'shop-local-inventory-order-events',
        type: 'queue',
        requests: 1,
        errors: 0,
        averageMs: 85,
      },
      { id: 'service:cart', name: 'cart', type: 'service', requests: 1, errors: 0, averageMs: 26 },
      { id: 'service:catalog', name: 'catalog', type: 'service', requests: 1, errors: 1, averageMs: 20 },
      { id: 'service:inventory', name: 'inventory', type: 'service', requests: 1, errors: 0, averageMs: 40 },
      { id: 'service:order', name: 'order', type: 'service', requests: 2, errors: 1, averageMs: 70 },
      {
        id: 'topic:shop-local-order-events',
        name: 'shop-local-order-events',
        type: 'topic',
        requests: 1,
        errors: 0,
        averageMs: 15,
      },
    ]);
  });

  it('draws an SNS publish of the AWS SDK alone as a call to its topic', () => {
    insert(db, {
      trace: 'b1',
      id: 's1',
      service: 'telemetry',
      name: 'shop-local-alarm-notifications send',
      kind: PRODUCER,
      startMs: 0,
      endMs: 8,
      attributes: {
        'rpc.system': 'aws-api',
        'rpc.service': 'SNS',
        'messaging.system': 'aws.sns',
        'messaging.destination.name': 'arn:aws:sns:us-east-1:000000000000:shop-local-alarm-notifications',
      },
    });

    expect(buildServiceMap(db, { fromUs: T0, toUs: T0 + 60_000 * MS }).edges).toEqual([
      edge('service:telemetry', 'topic:shop-local-alarm-notifications', 1, 0, 8),
    ]);
  });

  it('knows a call was answered when its server span started after the range', () => {
    insert(db, {
      trace: 'd1',
      id: 'c1',
      service: 'order',
      name: 'GET',
      kind: CLIENT,
      startMs: 59_990,
      endMs: 60_030,
      attributes: { 'http.request.method': 'GET', 'server.address': '127.0.0.1' },
    });
    insert(db, {
      trace: 'd1',
      id: 's1',
      parent: 'c1',
      service: 'cart',
      name: 'GET /api/cart',
      kind: SERVER,
      startMs: 60_001,
      endMs: 60_020,
    });

    expect(buildServiceMap(db, { fromUs: T0, toUs: T0 + 60_000 * MS }).edges).toEqual([]);
  });

  it('gives an edge its rate over the range and its exact p99', () => {
    for (let i = 1; i <= 100; i++) {
      insert(db, {
        trace: `c${i}`,
        id: 'p1',
        service: 'pricing',
        name: 'GET /prices',
        kind: SERVER,
        startMs: i,
        endMs: 2 * i,
      });
    }

    const [only] = buildServiceMap(db, { fromUs: T0, toUs: T0 + 120_000 * MS }).edges;

    expect(only).toEqual({
      source: 'client:client',
      target: 'service:pricing',
      requests: 100,
      errors: 0,
      errorRate: 0,
      requestsPerMinute: 50,
      averageMs: 50.5,
      p99Ms: 99,
    });
  });

  it('has no nodes for an empty range', () => {
    expect(buildServiceMap(db, { fromUs: T0, toUs: T0 + 1 })).toEqual({ nodes: [], edges: [] });
  });
});
