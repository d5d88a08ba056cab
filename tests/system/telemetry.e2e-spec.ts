import { randomBytes, randomUUID } from 'node:crypto';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { waitFor } from '@shop/testing';
import { ShopClient, operatorToken, type Order } from './support/shop-client';
import { ShopUnderTest } from './support/shop-under-test';
import type { LogView, SpanView } from './support/telemetry-views';

// More of what the query API answers (tools/telemetry/README.md), as far as these tests read it.
interface MapEdge {
  source: string;
  target: string;
  requests: number;
}
interface MapNode {
  id: string;
  name: string;
  type: string;
}
interface AlarmView {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  stateReason: string;
}

let shop: ShopUnderTest;
let client: ShopClient;
let admin: string;
/** Before any process started: what they do while starting (connecting to MariaDB, say) is inside the window. */
let startedAt: string;

beforeAll(async () => {
  startedAt = new Date().toISOString();
  shop = await ShopUnderTest.start({ telemetry: true });
  client = new ShopClient(shop.url);
  admin = await operatorToken('admin');
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

const SHIPPING = {
  fullName: 'Ada Lovelace',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

async function telemetry<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const response = await client.request<T>(init.method ?? 'GET', `/api/telemetry${path}`, { bearer: admin }, init.body);
  return { status: response.status, body: response.body };
}

/** Places a customer's order through the gateway under a trace id of the test's own and waits until it is settled. */
async function checkout(): Promise<{ traceId: string; order: Order }> {
  const product = await client.stockedProduct(admin, 5, '24.00');
  const customer = await client.signUp();
  await client.addItem({ bearer: customer.bearer }, product.id, 1);
  const traceId = randomBytes(16).toString('hex');
  const placed = await client.request<Order>(
    'POST',
    '/api/orders',
    { bearer: customer.bearer },
    { shippingAddress: SHIPPING },
    {
      'idempotency-key': randomUUID(),
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    },
  );
  expect(placed.status).toBe(201);
  const order = await client.settledOrder({ bearer: customer.bearer }, placed.body.id);
  expect(order.status).toBe('CONFIRMED');
  return { traceId, order };
}

describe('the local collector and its query API, on a checkout through the gateway', () => {
  let traceId: string;
  let order: Order;
  let spans: SpanView[];

  beforeAll(async () => {
    ({ traceId, order } = await checkout());
    // The saga ends when the confirmation reaches the order service, which then tells the cart: wait for both
    // consumers' spans (each service exports on its own timer, so the cart's may come seconds after the order's).
    spans = await waitFor(
      async () => {
        const found = await telemetry<{ spans: SpanView[] }>(`/traces/${traceId}`);
        if (found.status !== 200) return undefined;
        const services = new Set(found.body.spans.map((span) => span.service));
        const consumed = new Set(
          found.body.spans.filter((span) => span.kind === 'consumer').map((span) => span.service),
        );
        return ['gateway', 'cart', 'order', 'inventory'].every((name) => services.has(name)) &&
          ['order', 'cart'].every((name) => consumed.has(name))
          ? found.body.spans
          : undefined;
      },
      60_000,
      () => `the checkout's trace ${traceId} with spans of gateway, cart, order and inventory`,
    );
  }, 120_000);

  it('keeps the checkout as one trace: every span but the root has its parent in it', () => {
    const ids = new Set(spans.map((span) => span.spanId));
    const orphans = spans.filter((span) => span.parentSpanId !== null && !ids.has(span.parentSpanId));
    // The test's own traceparent is the one parent outside: the gateway's server span hangs from it.
    expect(orphans.map((span) => `${span.service} ${span.kind} ${span.name}`)).toEqual([
      expect.stringMatching(/^gateway server /),
    ]);
    expect(spans.find((span) => span.service === 'gateway' && span.kind === 'server')?.attributes).toMatchObject({
      'http.route': '/api/orders',
    });
  });

  it('shows the SQS and SNS hops as producer and consumer spans', () => {
    const producers = spans.filter((span) => span.kind === 'producer');
    const consumers = spans.filter((span) => span.kind === 'consumer');
    expect(producers.map((span) => span.service)).toEqual(expect.arrayContaining(['order', 'inventory']));
    expect(consumers.map((span) => span.service)).toEqual(expect.arrayContaining(['inventory', 'order', 'cart']));
    for (const consumer of consumers) {
      expect(consumer.attributes['messaging.system']).toEqual(expect.any(String));
    }
    // The AWS SDK's own client spans (its instrumentation patches the SDK only if it loads after telemetry starts).
    const awsCalls = spans.filter((span) => span.kind === 'client' && span.attributes['rpc.system'] === 'aws-api');
    expect(new Set(awsCalls.map((span) => span.attributes['rpc.service']))).toEqual(
      new Set(['SNS', 'SQS', 'EventBridge']),
    );
  });

  it('finds the trace by a filter expression on the order id and the service', async () => {
    const filter = `service("inventory") AND annotation.order_id = "${order.id}"`;
    const search = await telemetry<{ items: { traceId: string; services: string[] }[] }>(
      `/traces?filter=${encodeURIComponent(filter)}&limit=10`,
    );
    expect(search.status).toBe(200);
    expect(search.body.items.map((item) => item.traceId)).toEqual([traceId]);

    const none = await telemetry<{ items: unknown[] }>(
      `/traces?filter=${encodeURIComponent(`annotation.order_id = "${randomUUID()}"`)}`,
    );
    expect(none.body.items).toEqual([]);
  });

  it('starts traces only for requests and named background work, never for a bare SQL statement or AWS call', async () => {
    const recent = await telemetry<{ items: { rootName: string | null; rootService: string | null }[] }>(
      `/traces?limit=200&from=${startedAt}`,
    );
    expect(recent.body.items.length).toBeGreaterThan(0);
    const strays = recent.body.items.filter((item) =>
      /^(SELECT|INSERT|UPDATE|DELETE|START|COMMIT|SQS\.|SNS |EventBridge\.)/.test(item.rootName ?? ''),
    );
    expect(strays).toEqual([]);
  });

  it('answers a malformed filter with a 400 that says where', async () => {
    const bad = await telemetry<{ error: { code: string; message: string } }>(
      `/traces?filter=${encodeURIComponent('responsetime > ')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/column/);
  });

  it('draws the service map from the spans: gateway, services, database and messaging edges', async () => {
    const map = await waitFor(
      async () => {
        const found = await telemetry<{ nodes: MapNode[]; edges: MapEdge[] }>('/service-map');
        const names = new Map(found.body.nodes.map((node) => [node.id, node]));
        const edges = found.body.edges.map(
          (edge) => `${names.get(edge.source)?.name}->${names.get(edge.target)?.name}`,
        );
        return edges.includes('gateway->order') && edges.includes('order->cart') ? found.body : undefined;
      },
      30_000,
      () => 'a service map with gateway->order and order->cart',
    );
    const byId = new Map(map.nodes.map((node) => [node.id, node]));
    const typedEdges = map.edges.map((edge) => `${byId.get(edge.source)?.type}:${byId.get(edge.target)?.type}`);
    expect(typedEdges).toEqual(expect.arrayContaining(['service:database', 'service:topic']));
    expect(typedEdges.some((edge) => edge === 'queue:service' || edge === 'topic:service')).toBe(true);
  });

  it('finds the logs of the trace by its id, and each line points back to a span of the trace', async () => {
    const logs = await waitFor(
      async () => {
        const found = await telemetry<{ items: LogView[] }>(`/logs?traceId=${traceId}&limit=200`);
        return found.body.items.some((line) => line.service === 'order') ? found.body.items : undefined;
      },
      30_000,
      () => `log lines of the order service with trace id ${traceId}`,
    );
    const spanIds = new Set(spans.map((span) => span.spanId));
    expect(logs.every((line) => line.traceId === traceId)).toBe(true);
    expect(logs.filter((line) => line.spanId !== null && spanIds.has(line.spanId)).length).toBeGreaterThan(0);

    const insights = await telemetry<{ rows: { service: string; count: number }[] }>('/logs/insights', {
      method: 'POST',
      body: { query: `filter traceId = "${traceId}" | stats count(*) as count by service | sort count desc` },
    });
    expect(insights.status).toBe(200);
    expect(insights.body.rows.map((row) => row.service)).toContain('order');
  });

  it('counts the placed order in the business metrics', async () => {
    const placed = await waitFor(
      async () => {
        const found = await telemetry<{ series: { points: { value: number | null }[] }[] }>(
          '/metrics/query?name=shop.order.placed&stat=sum&period=60',
        );
        const total = found.body.series
          .flatMap((series) => series.points)
          .reduce((sum, point) => sum + (point.value ?? 0), 0);
        return total >= 1 ? total : undefined;
      },
      30_000,
      () => 'shop.order.placed in the metrics',
    );
    expect(placed).toBeGreaterThanOrEqual(1);
  });

  it('counts the requests at the gateway per route of the table, as the ALB does', async () => {
    const routes = await waitFor(
      async () => {
        const found = await telemetry<{ series: { labels: Record<string, string> }[] }>(
          '/metrics/query?name=shop.http.server.requests&stat=sum&period=60&service=gateway&groupBy=http.route',
        );
        const labelled = found.body.series.map((series) => series.labels['http.route']);
        return labelled.includes('/api/orders') ? labelled : undefined;
      },
      30_000,
      () => 'the gateway’s request count for /api/orders',
    );
    expect(routes).toEqual(expect.arrayContaining(['/api/cart', '/api/orders']));
  });
});

describe('an alarm on the cart’s server errors', () => {
  const name = `cart-5xx-${randomUUID().slice(0, 8)}`;

  async function alarm(): Promise<AlarmView> {
    const list = await telemetry<{ items: AlarmView[] }>('/alarms');
    const found = list.body.items.find((item) => item.name === name);
    if (!found) throw new Error(`alarm ${name} is not listed`);
    return found;
  }

  async function notification(sqs: SQSClient, queueUrl: string, state: string): Promise<Record<string, unknown>> {
    return waitFor(
      async () => {
        const received = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
        );
        for (const message of received.Messages ?? []) {
          await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
          // The inbox subscribes with raw message delivery: the body is CloudWatch's alarm JSON itself.
          const alarmMessage = JSON.parse(message.Body ?? '{}') as Record<string, unknown>;
          if (alarmMessage['AlarmName'] === name && alarmMessage['NewStateValue'] === state) return alarmMessage;
        }
        return undefined;
      },
      60_000,
      () => `an SNS notification that ${name} is ${state}`,
    );
  }

  it('goes to ALARM while the catalog is down, notifies SNS, and returns to OK once it is back', async () => {
    const sqs = new SQSClient({
      endpoint: shop.aws.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const queueUrl = shop.topology.queues['alarm-notifications-inbox']?.url;
    if (!queueUrl) throw new Error('the topology has no alarm-notifications-inbox queue');
    try {
      const created = await telemetry<AlarmView>(`/alarms/${name}`, {
        method: 'PUT',
        body: {
          description: 'The cart answers 5xx',
          metric: { name: 'shop.http.server.errors', stat: 'sum', service: 'cart' },
          periodSeconds: 10,
          evaluationPeriods: 1,
          datapointsToAlarm: 1,
          comparison: 'GreaterThanThreshold',
          threshold: 0,
          treatMissingData: 'notBreaching',
        },
      });
      expect(created.status).toBe(200);
      await waitFor(
        async () => ((await alarm()).state === 'OK' ? true : undefined),
        30_000,
        () => `${name} OK at first`,
      );

      const product = await client.stockedProduct(admin, 5, '3.00');
      const { cartToken } = await client.guestCart();
      await shop.part('catalog').stop();
      const failed = await client.request(
        'POST',
        '/api/cart/items',
        { cartToken },
        { productId: product.id, quantity: 1 },
      );
      expect(failed.status).toBeGreaterThanOrEqual(500);

      const alarming = await notification(sqs, queueUrl, 'ALARM');
      expect(alarming).toMatchObject({ OldStateValue: 'OK', Trigger: { MetricName: 'shop.http.server.errors' } });
      expect((await alarm()).state).toBe('ALARM');

      await shop.restart('catalog');
      await notification(sqs, queueUrl, 'OK');
      expect((await alarm()).state).toBe('OK');

      const history = await telemetry<{ items: { newState: string }[] }>(`/alarms/${name}/history`);
      expect(history.body.items.map((item) => item.newState)).toEqual(expect.arrayContaining(['ALARM', 'OK']));
    } finally {
      sqs.destroy();
    }
  }, 180_000);

  it('refuses an alarm definition that makes no sense, and a viewer changing alarms', async () => {
    const bad = await telemetry<{ error: { message: string } }>('/alarms/broken', {
      method: 'PUT',
      body: { metric: { name: 'shop.http.server.errors', stat: 'sum' }, periodSeconds: 1, evaluationPeriods: 0 },
    });
    expect(bad.status).toBe(400);
    const viewer = await operatorToken('viewer');
    const refused = await client.request('DELETE', `/api/telemetry/alarms/${name}`, { bearer: viewer });
    expect(refused.status).toBe(403);
    const customer = await client.signUp();
    const stranger = await client.request('GET', '/api/telemetry/traces', { bearer: customer.bearer });
    expect(stranger.status).toBe(403);
    expect((await client.request('GET', '/api/telemetry/traces', {})).status).toBe(401);
  });
});
