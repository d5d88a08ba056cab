import { randomUUID } from 'node:crypto';
import { DeleteMessageCommand, type Message, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { type EventEnvelope, parseEvent } from '@shop/contracts';
import { applyTopology, type AppliedTopology, type LocalAws, startLocalAws } from '@shop/local-aws';
import {
  countRows,
  createTestDatabase,
  freePort,
  mariadbUrl,
  serviceEnv,
  tokenFor,
  type LogLine,
  type OtlpReceiver,
  type RunningService,
  startOtlpReceiver,
  startService,
  type TestDatabase,
} from '@shop/testing';
import { messagingTopology } from '@shop/topology';
import { unique } from './support/catalog-admin';
import { CATALOG_DIR, runCatalogScript } from './support/catalog-under-test';

// The built catalog against a real MariaDB database and the real local AWS endpoint (in this process),
// with the topology applied under a prefix of its own: what the catalog commits reaches the queues.

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PREFIX = `t${randomUUID().slice(0, 8)}`;
const PRODUCTS = '/api/catalog/admin/products';

interface SentRequest {
  status: number;
  body: { id: string };
  /** The catalog's "request completed" log line of this request. */
  line: LogLine;
  requestId: string;
}

let aws: LocalAws;
let applied: AppliedTopology;
let sqs: SQSClient;
let database: TestDatabase;
let receiver: OtlpReceiver;
let catalog: RunningService;
let adminToken: string;

beforeAll(async () => {
  aws = await startLocalAws({ port: await freePort() });
  applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix: PREFIX });
  sqs = new SQSClient({ endpoint: aws.url, region: REGION, credentials: CREDENTIALS });
  database = await createTestDatabase('catalog_events');
  const databaseUrl = mariadbUrl(database);
  await runCatalogScript('migrate', databaseUrl);
  receiver = await startOtlpReceiver();
  catalog = await startService({
    name: 'catalog',
    cwd: CATALOG_DIR,
    script: 'dist/main.js',
    env: serviceEnv(databaseUrl, {
      AWS_ENDPOINT_URL: aws.url,
      SHOP_RESOURCE_PREFIX: PREFIX,
      LOG_LEVEL: 'info',
      OTEL_SDK_DISABLED: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_TRACES_SAMPLER_ARG: '1',
    }),
    readyPath: '/api/catalog/health/ready',
  });
  adminToken = await tokenFor(['admin']);
}, 120_000);

afterAll(async () => {
  await catalog?.stop();
  await receiver?.stop();
  sqs?.destroy();
  await aws?.stop();
  await database?.drop();
}, 60_000);

jest.setTimeout(90_000);

/** An admin request with a fresh request id; resolves once the catalog logged its completion. */
async function send(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<SentRequest> {
  const requestId = randomUUID();
  const response = await fetch(`${catalog.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${adminToken}`,
      'content-type': 'application/json',
      'x-request-id': requestId,
    },
    body: JSON.stringify(body),
  });
  const responseBody = (await response.json()) as { id: string };
  const line = await catalog.waitForLog(
    (candidate) => candidate['request_id'] === requestId && candidate['msg'] === 'request completed',
  );
  return { status: response.status, body: responseBody, line, requestId };
}

function newProduct(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sku: unique('EVT').toUpperCase(),
    name: 'Copper Kettle',
    slug: unique('copper-kettle'),
    description: 'A kettle.',
    price: { amount: '39.90', currency: 'EUR' },
    status: 'active',
    ...overrides,
  };
}

/** The envelope a message carries: SNS raw delivery is the envelope, EventBridge wraps it as `detail`. */
function envelopeIn(message: Message): unknown {
  const body = JSON.parse(message.Body ?? '{}') as { detail?: unknown };
  return body.detail ?? body;
}

function validEnvelopeIn(message: Message): EventEnvelope {
  const parsed = parseEvent(envelopeIn(message));
  if (!parsed.ok) throw new Error(`invalid event on the queue: ${parsed.reason}`);
  return parsed.envelope;
}

/**
 * Long-polls the queue until a message matching `wanted` arrives, deleting every message it sees, and
 * resolves with the matching one and the others seen before it. Throws after `rounds` empty polls.
 */
async function receiveUntil(
  queue: string,
  wanted: (envelope: EventEnvelope) => boolean,
  rounds = 6,
): Promise<{ match: Message; seen: EventEnvelope[] }> {
  const queueUrl = applied.queues[queue]?.url;
  const seen: EventEnvelope[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 20,
        MessageAttributeNames: ['All'],
      }),
    );
    let match: Message | undefined;
    for (const message of Messages) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
      const envelope = validEnvelopeIn(message);
      if (match === undefined && wanted(envelope)) match = message;
      else seen.push(envelope);
    }
    if (match) return { match, seen };
  }
  throw new Error(`no matching event arrived on ${queue}`);
}

const isEvent = (type: string, productId: string) => (envelope: EventEnvelope) =>
  envelope.type === type && (envelope.data as { productId?: string }).productId === productId;

function outboxRowsMentioning(text: string): Promise<number> {
  return countRows(database.url, 'SELECT COUNT(*) AS `total` FROM `outbox_events` WHERE `envelope` LIKE ?', [
    `%${text}%`,
  ]);
}

describe('catalog product events (e2e)', () => {
  it('publishes a created product to the SNS topic and the EventBridge bus: one event, both routes', async () => {
    const created = await send('POST', PRODUCTS, newProduct());
    expect(created.status).toBe(201);
    const productId = created.body.id;

    const { match: fromTopic } = await receiveUntil(
      'inventory-catalog-events',
      isEvent('catalog.product.created.v1', productId),
    );
    const { match: fromBus } = await receiveUntil('audit-events', isEvent('catalog.product.created.v1', productId));

    const envelope = validEnvelopeIn(fromTopic);
    expect(validEnvelopeIn(fromBus).id).toBe(envelope.id);
    expect(envelope).toMatchObject({
      source: 'shop.catalog',
      correlationId: created.requestId,
      data: { productId, status: 'active', price: { amount: '39.90', currency: 'EUR' } },
    });
    const attributes = Object.fromEntries(
      Object.entries(fromTopic.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue]),
    );
    expect(attributes).toMatchObject({
      'shop.event.type': 'catalog.product.created.v1',
      'shop.event.id': envelope.id,
      'shop.correlation.id': created.requestId,
    });
    // The relay's producer span continues the trace of the admin request that wrote the event.
    const traceId = String(created.line['trace_id']);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(attributes['traceparent']).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
  });

  it('publishes a price change to the queue that watches prices', async () => {
    const created = await send('POST', PRODUCTS, newProduct({ price: { amount: '10.00', currency: 'EUR' } }));
    const productId = created.body.id;

    const changed = await send('PATCH', `${PRODUCTS}/${productId}`, { price: { amount: '12.50', currency: 'EUR' } });
    expect(changed.status).toBe(200);

    const { match } = await receiveUntil('pricing-watch', isEvent('catalog.product.price-changed.v1', productId));
    expect(validEnvelopeIn(match)).toMatchObject({
      correlationId: changed.requestId,
      data: { previousPrice: { amount: '10.00', currency: 'EUR' }, price: { amount: '12.50', currency: 'EUR' } },
    });
  });

  it('publishes nothing for a refused create', async () => {
    const first = newProduct();
    expect((await send('POST', PRODUCTS, first)).status).toBe(201);
    const refusedName = unique('Refused Kettle');

    const refused = await send('POST', PRODUCTS, newProduct({ sku: first['sku'], name: refusedName }));
    expect(refused.status).toBe(409);

    // Only the outbox publishes, so no row means no event; the queue is checked too, up to a product
    // created after the refusal (the relay publishes what is due in each round, oldest first).
    const marker = await send('POST', PRODUCTS, newProduct());
    const { seen } = await receiveUntil('audit-events', isEvent('catalog.product.created.v1', marker.body.id));
    expect(await outboxRowsMentioning(refusedName)).toBe(0);
    expect(seen.filter((envelope) => JSON.stringify(envelope.data).includes(refusedName))).toEqual([]);
  });
});
