import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import { DeleteMessageCommand, type Message, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Logger } from '@nestjs/common';
import { context, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { DataPointType, type MetricData } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import {
  createEnvelope,
  type EventEnvelope,
  ProductArchivedV1,
  ProductCreatedV1,
  ProductPriceChangedV1,
} from '@shop/contracts';
import {
  createOutboxTable,
  EventBridgeEventPublisher,
  type EventDestination,
  OutboxAppendError,
  OutboxEventEntity,
  OutboxMetrics,
  OutboxRelay,
  type OutboxRelayOptions,
  OutboxWriter,
  SnsEventPublisher,
} from '@shop/event-bus';
import { applyTopology, type AppliedTopology, type LocalAws, startLocalAws } from '@shop/local-aws';
import { createTestDatabase, testMeter, type TestDatabase } from '@shop/testing';
import { messagingTopology } from '@shop/topology';
import { DataSource, type EntityManager } from 'typeorm';

// The outbox against a real MariaDB database and the real local AWS endpoint (in this process), with
// the real AWS SDK; spans go to an in-memory exporter of a real SDK tracer provider.

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PREFIX = `t${randomUUID().slice(0, 8)}`;
const LOCATION = { prefix: PREFIX, region: REGION, accountId: '000000000000' };
const CATALOG_TOPIC: EventDestination = { kind: 'sns', topic: 'catalog-events' };
const SHOP_BUS: EventDestination = { kind: 'eventbridge', bus: 'shop-events' };
const SHORT_LEASE_MS = 1000;
const RELAY_ROUND_SCRIPT = resolve(__dirname, 'fixtures', 'outbox-relay-round.js');

const spans = new InMemorySpanExporter();
const tracer = trace.getTracer('outbox-e2e');
const recordedMetrics = testMeter({ scope: 'outbox-e2e' });

let database: TestDatabase;
let dataSource: DataSource;
let aws: LocalAws;
let applied: AppliedTopology;
let sqs: SQSClient;
let sns: SNSClient;
let eventBridge: EventBridgeClient;
const writer = new OutboxWriter();
const relays: OutboxRelay[] = [];
const extraDataSources: DataSource[] = [];

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
  // The relay logs every failed attempt; the failure test makes some on purpose.
  Logger.overrideLogger(['error']);

  database = await createTestDatabase('event_bus_outbox');
  dataSource = await openDataSource();
  const queryRunner = dataSource.createQueryRunner();
  await createOutboxTable(queryRunner);
  await queryRunner.query(
    'CREATE TABLE `widgets` (`id` char(36) NOT NULL, `name` varchar(100) NOT NULL, PRIMARY KEY (`id`))',
  );
  await queryRunner.release();

  aws = await startLocalAws({ port: 0 });
  applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix: PREFIX });
  const clientConfig = { endpoint: aws.url, region: REGION, credentials: CREDENTIALS };
  sqs = new SQSClient(clientConfig);
  sns = new SNSClient(clientConfig);
  eventBridge = new EventBridgeClient(clientConfig);
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  await Promise.all(extraDataSources.splice(0).map((source) => source.destroy()));
});

afterAll(async () => {
  sqs?.destroy();
  sns?.destroy();
  eventBridge?.destroy();
  await aws?.stop();
  await dataSource?.destroy();
  await database?.drop();
  await recordedMetrics.provider.shutdown();
  trace.disable();
  context.disable();
});

function openDataSource(): Promise<DataSource> {
  return new DataSource({
    type: 'mysql',
    url: database.url,
    entities: [OutboxEventEntity],
    timezone: 'Z',
  }).initialize();
}

function relayOn(source: DataSource, options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
  const relay = new OutboxRelay({
    dataSource: source,
    publishers: [new SnsEventPublisher(sns, LOCATION), new EventBridgeEventPublisher(eventBridge, LOCATION)],
    metrics: new OutboxMetrics(recordedMetrics.meter),
    leaseMs: SHORT_LEASE_MS,
    ...options,
  });
  relays.push(relay);
  return relay;
}

const productCreated = (sku = `SKU-${randomUUID().slice(0, 8)}`) =>
  createEnvelope(
    ProductCreatedV1,
    {
      productId: randomUUID(),
      sku,
      name: 'Blue mug',
      slug: sku.toLowerCase(),
      status: 'active',
      price: { amount: '12.50', currency: 'EUR' },
      categoryIds: [],
    },
    { correlationId: `corr-${sku}` },
  );

/** A state change and its event, in one transaction, like a use case would write them. */
async function createWidgetWithEvent(
  envelope: EventEnvelope,
  destinations: readonly EventDestination[],
  afterWrite: (manager: EntityManager) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('INSERT INTO `widgets` (`id`, `name`) VALUES (?, ?)', [envelope.id, 'widget']);
    await writer.append(manager, envelope, destinations);
    await afterWrite(manager);
  });
}

async function outboxRows(eventId: string): Promise<OutboxEventEntity[]> {
  return dataSource.getRepository(OutboxEventEntity).findBy({ id: eventId });
}

async function widgetExists(id: string): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>('SELECT `id` FROM `widgets` WHERE `id` = ?', [id]);
  return rows.length === 1;
}

/** Publishes until a round finds nothing due; resolves with the rows this relay claimed. */
async function drain(relay: OutboxRelay): Promise<number> {
  let total = 0;
  for (let claimed = await relay.publishDue(); claimed > 0; claimed = await relay.publishDue()) total += claimed;
  return total;
}

/** Runs rounds until one claims something (a lease of a crashed relay has to run out first). */
async function publishOnceDue(relay: OutboxRelay, rounds = 200): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if ((await relay.publishDue()) > 0) return;
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
  throw new Error('no outbox row became due');
}

const eventIdOf = (message: Message) =>
  message.MessageAttributes?.['shop.event.id']?.StringValue ?? envelopeIn(message).id;

function envelopeIn(message: Message): EventEnvelope {
  const body = JSON.parse(message.Body ?? '{}') as EventEnvelope & { detail?: EventEnvelope };
  // EventBridge delivers its event (with the envelope as `detail`); SNS raw delivery the envelope itself.
  return body.detail ?? body;
}

/**
 * Long-polls `queue` until `count` messages of the given events arrived, deleting every message it
 * sees (others are leftovers of earlier tests). Throws when they do not come within `rounds` polls.
 */
async function receive(queue: string, eventIds: readonly string[], count: number, rounds = 6): Promise<Message[]> {
  const queueUrl = applied.queues[queue]?.url;
  const wanted = new Set(eventIds);
  const found: Message[] = [];
  for (let round = 0; round < rounds && found.length < count; round += 1) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: found.length === 0 ? 20 : 2,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    for (const message of Messages) {
      if (wanted.has(eventIdOf(message))) found.push(message);
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
    }
  }
  if (found.length < count) throw new Error(`${found.length} of ${count} messages arrived on ${queue}`);
  return found;
}

async function runRelayRoundInChild(fault: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, [RELAY_ROUND_SCRIPT], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AWS_ENDPOINT_URL: aws.url,
      SHOP_RESOURCE_PREFIX: PREFIX,
      OUTBOX_LEASE_MS: String(SHORT_LEASE_MS),
      SHOP_FAULTS: fault,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (signal !== 'SIGKILL') throw new Error(`the relay process was not killed at ${fault}: ${code} ${stderr}`);
  return { code, signal };
}

describe('outbox table', () => {
  it('is exactly what OutboxEventEntity declares, so a service’s drift check stays empty', async () => {
    // TypeORM's mysql flavour misreads MariaDB's column defaults: compare as the server that answers.
    const [server] = await dataSource.query<{ version: string }[]>('SELECT VERSION() AS `version`');
    const type = /mariadb/i.test(server?.version ?? '') ? 'mariadb' : 'mysql';
    const checking = await new DataSource({ type, url: database.url, entities: [OutboxEventEntity] }).initialize();
    extraDataSources.push(checking);

    const pending = await checking.driver.createSchemaBuilder().log();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});

describe(OutboxWriter.name, () => {
  it('commits the event with the state change, one row per destination', async () => {
    const envelope = productCreated();

    await createWidgetWithEvent(envelope, [CATALOG_TOPIC, SHOP_BUS]);

    expect(await widgetExists(envelope.id)).toBe(true);
    const rows = await outboxRows(envelope.id);
    expect(rows.map((row) => row.destination).sort()).toEqual(['eventbridge:shop-events', 'sns:catalog-events']);
    expect(rows[0]).toMatchObject({
      type: 'catalog.product.created.v1',
      attempts: 0,
      publishedAt: null,
      lastError: null,
    });
    expect(JSON.parse(rows[0]!.envelope)).toEqual(envelope);
  });

  it('rolls the event back with the state change', async () => {
    const envelope = productCreated();

    const failing = createWidgetWithEvent(envelope, [CATALOG_TOPIC], () =>
      Promise.reject(new Error('later step failed')),
    );

    await expect(failing).rejects.toThrow('later step failed');
    expect(await widgetExists(envelope.id)).toBe(false);
    expect(await outboxRows(envelope.id)).toEqual([]);
  });

  it('records the trace context of the span that wrote the event', async () => {
    const envelope = productCreated();

    const writerSpanContext = await tracer.startActiveSpan('PUT /products', async (span) => {
      await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);
      span.end();
      return span.spanContext();
    });

    const [row] = await outboxRows(envelope.id);
    const stored = JSON.parse(row!.envelope) as EventEnvelope;
    expect(stored.traceContext?.traceparent).toBe(`00-${writerSpanContext.traceId}-${writerSpanContext.spanId}-01`);
  });

  it('refuses an append outside a transaction', async () => {
    await expect(writer.append(dataSource.manager, productCreated(), [CATALOG_TOPIC])).rejects.toThrow(
      OutboxAppendError,
    );
  });

  it('refuses an event that breaks its contract, failing the transaction', async () => {
    const envelope = { ...productCreated(), data: { sku: 'no id' } };

    await expect(createWidgetWithEvent(envelope, [CATALOG_TOPIC])).rejects.toThrow(/breaks its contract.*productId/);
    expect(await widgetExists(envelope.id)).toBe(false);
  });
});

describe(OutboxRelay.name, () => {
  it('publishes to SNS: the subscribed queue gets the envelope, its attributes and the producer’s trace context', async () => {
    const envelope = productCreated();
    const requestSpan = await tracer.startActiveSpan('POST /products', async (span) => {
      await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);
      span.end();
      return span.spanContext();
    });

    await drain(relayOn(dataSource));

    const [message] = await receive('inventory-catalog-events', [envelope.id], 1);
    const producer = spans
      .getFinishedSpans()
      .find((span) => span.kind === SpanKind.PRODUCER && span.attributes['shop.event.id'] === envelope.id);
    expect(producer?.name).toBe(`publish ${PREFIX}-catalog-events`);
    expect(producer?.spanContext().traceId).toBe(requestSpan.traceId);
    expect(producer?.parentSpanContext?.spanId).toBe(requestSpan.spanId);
    const producerTraceparent = `00-${requestSpan.traceId}-${producer?.spanContext().spanId}-01`;
    const attributes = Object.fromEntries(
      Object.entries(message?.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue]),
    );
    expect(attributes).toEqual({
      'shop.event.type': 'catalog.product.created.v1',
      'shop.event.id': envelope.id,
      'shop.correlation.id': envelope.correlationId,
      traceparent: producerTraceparent,
    });
    const delivered = envelopeIn(message!);
    expect(delivered).toEqual({
      ...envelope,
      traceContext: { ...delivered.traceContext, traceparent: producerTraceparent },
    });
    const [row] = await outboxRows(envelope.id);
    expect(row?.publishedAt).toBeInstanceOf(Date);
    expect(row?.attempts).toBe(1);
  });

  it('publishes to EventBridge: every matching rule’s queue gets the event', async () => {
    const envelope = createEnvelope(
      ProductPriceChangedV1,
      {
        productId: randomUUID(),
        sku: 'MUG-PRICE',
        previousPrice: { amount: '9.90', currency: 'EUR' },
        price: { amount: '12.50', currency: 'EUR' },
      },
      { correlationId: 'corr-price' },
    );
    await createWidgetWithEvent(envelope, [SHOP_BUS]);

    await drain(relayOn(dataSource));

    const [pricing] = await receive('pricing-watch', [envelope.id], 1);
    const [audit] = await receive('audit-events', [envelope.id], 1);
    for (const message of [pricing, audit]) {
      const event = JSON.parse(message?.Body ?? '{}') as Record<string, unknown>;
      expect(event).toMatchObject({ source: 'shop.catalog', 'detail-type': 'catalog.product.price-changed.v1' });
      expect(envelopeIn(message!)).toMatchObject({ id: envelope.id, data: envelope.data });
    }
  });

  it('publishes soon after a commit, without waiting for its next poll', async () => {
    // A poll interval far longer than the receive below waits: only the commit's nudge can publish in time.
    relayOn(dataSource, { pollIntervalMs: 10 * 60_000 }).start();
    await drainPendingBeforeTest();
    const envelope = productCreated();

    await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);

    const [message] = await receive('inventory-catalog-events', [envelope.id], 1, 1);
    expect(eventIdOf(message!)).toBe(envelope.id);
  });

  it('keeps an event it cannot publish, with the error, for a later attempt', async () => {
    const envelope = productCreated();
    await createWidgetWithEvent(envelope, [{ kind: 'sns', topic: 'no-such-topic' }]);

    await relayOn(dataSource, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).publishDue();

    const [row] = await outboxRows(envelope.id);
    expect(row).toMatchObject({ publishedAt: null, attempts: 1 });
    expect(row?.lastError).toMatch(/NotFound|does not exist/i);
    const [retry] = await dataSource.query<{ later: number | string }[]>(
      'SELECT `next_attempt_at` > UTC_TIMESTAMP(3) AS `later` FROM `outbox_events` WHERE `id` = ?',
      [envelope.id],
    );
    expect(Number(retry?.later)).toBe(1);
    await dataSource.query('DELETE FROM `outbox_events` WHERE `id` = ?', [envelope.id]);
  });

  it('deletes rows published longer ago than the retention, and never an unpublished one', async () => {
    const [old, recent, pending] = [productCreated(), productCreated(), productCreated()];
    for (const envelope of [old, recent, pending]) await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);
    await dataSource.query(
      'UPDATE `outbox_events` SET `published_at` = UTC_TIMESTAMP(3) - INTERVAL 2 HOUR, `next_attempt_at` = UTC_TIMESTAMP(3) + INTERVAL 1 DAY WHERE `id` = ?',
      [old.id],
    );
    await dataSource.query(
      'UPDATE `outbox_events` SET `published_at` = UTC_TIMESTAMP(3) - INTERVAL 30 MINUTE WHERE `id` = ?',
      [recent.id],
    );
    // Never due, so that the purge alone decides what happens to it.
    await dataSource.query(
      'UPDATE `outbox_events` SET `created_at` = UTC_TIMESTAMP(3) - INTERVAL 3 HOUR, `next_attempt_at` = UTC_TIMESTAMP(3) + INTERVAL 1 DAY WHERE `id` = ?',
      [pending.id],
    );

    const purged = await relayOn(dataSource, { retentionMs: 3600_000 }).purgePublished();

    expect(purged).toBe(1);
    expect(await outboxRows(old.id)).toEqual([]);
    expect(await outboxRows(recent.id)).toHaveLength(1);
    expect(await outboxRows(pending.id)).toEqual([expect.objectContaining({ publishedAt: null })]);
    await dataSource.query('DELETE FROM `outbox_events` WHERE `id` IN (?, ?)', [recent.id, pending.id]);
  });

  it('counts published events and reports the pending backlog', async () => {
    const envelope = createEnvelope(
      ProductArchivedV1,
      { productId: randomUUID(), sku: 'MUG-METRIC' },
      { correlationId: 'corr-metric' },
    );
    await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);
    const relay = relayOn(dataSource, { pollIntervalMs: 10 * 60_000 });
    relay.start();
    await receive('inventory-catalog-events', [envelope.id], 1);

    const recorded = (await recordedMetrics.collect()).map(({ metric }) => metric);
    expect(sumOf(recorded, 'shop.messaging.published', 'catalog-events')).toBeGreaterThanOrEqual(1);
    expect(recorded.map((metric) => metric.descriptor.name)).toContain('shop.messaging.outbox.pending');
  });
});

describe('delivery guarantees', () => {
  it('publishes an event whose relay died after claiming it and before publishing it', async () => {
    await drainPendingBeforeTest();
    const envelope = productCreated();
    await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);

    await runRelayRoundInChild('outbox.crash-before-publish');

    const [claimedRow] = await outboxRows(envelope.id);
    expect(claimedRow).toMatchObject({ attempts: 1, publishedAt: null });
    await publishOnceDue(relayOn(dataSource));
    const [message] = await receive('inventory-catalog-events', [envelope.id], 1);
    expect(envelopeIn(message!).id).toBe(envelope.id);
    const [row] = await outboxRows(envelope.id);
    expect(row?.publishedAt).toBeInstanceOf(Date);
  });

  it('publishes again an event whose relay died after publishing it: two deliveries, one event id', async () => {
    await drainPendingBeforeTest();
    const envelope = productCreated();
    await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);

    await runRelayRoundInChild('outbox.crash-after-publish');

    const [unmarked] = await outboxRows(envelope.id);
    expect(unmarked?.publishedAt).toBeNull();
    await publishOnceDue(relayOn(dataSource));
    const deliveries = await receive('inventory-catalog-events', [envelope.id], 2);
    expect(deliveries.map((message) => envelopeIn(message).id)).toEqual([envelope.id, envelope.id]);
    expect(new Set(deliveries.map((message) => message.MessageId)).size).toBe(2);
  });

  it('lets concurrent relays publish each event once', async () => {
    await drainPendingBeforeTest();
    const envelopes = Array.from({ length: 30 }, () => productCreated());
    for (const envelope of envelopes) await createWidgetWithEvent(envelope, [CATALOG_TOPIC]);
    const other = await openDataSource();
    extraDataSources.push(other);
    const settings = { batchSize: 4, leaseMs: 60_000 };

    const claimed = await Promise.all([
      drain(relayOn(dataSource, settings)),
      drain(relayOn(other, settings)),
      drain(relayOn(other, settings)),
    ]);

    expect(claimed.reduce((total, count) => total + count, 0)).toBe(30);
    const ids = envelopes.map((envelope) => envelope.id);
    const messages = await receive('inventory-catalog-events', ids, 30);
    expect(new Set(messages.map(eventIdOf)).size).toBe(30);
    const unpublished = await dataSource.query<unknown[]>(
      'SELECT `id` FROM `outbox_events` WHERE `published_at` IS NULL',
    );
    expect(unpublished).toEqual([]);
  });

  it('lets services commit events while relays claim, without deadlocks or lost events', async () => {
    await drainPendingBeforeTest();
    const other = await openDataSource();
    extraDataSources.push(other);
    const failedRounds = jest.spyOn(Logger.prototype, 'error');
    // Relays polling as fast as they can, so claims overlap the services' inserts all the time.
    relayOn(dataSource, { pollIntervalMs: 1, batchSize: 5 }).start();
    relayOn(other, { pollIntervalMs: 1, batchSize: 5 }).start();
    const envelopes = Array.from({ length: 240 }, () => productCreated());

    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let index = writer; index < envelopes.length; index += 8) {
        await createWidgetWithEvent(envelopes[index]!, [CATALOG_TOPIC]);
      }
    });

    await expect(Promise.all(writers)).resolves.toHaveLength(8);
    const messages = await receive(
      'inventory-catalog-events',
      envelopes.map((envelope) => envelope.id),
      envelopes.length,
      40,
    );
    expect(new Set(messages.map(eventIdOf)).size).toBe(envelopes.length);
    // A deadlock victim on the relay's side fails its round (logged) instead of a service's transaction.
    expect(failedRounds.mock.calls).toEqual([]);
    failedRounds.mockRestore();
  });
});

/** Publishes whatever earlier tests left pending, so a test's relay rounds see only its own events. */
async function drainPendingBeforeTest(): Promise<void> {
  await dataSource.query(
    'UPDATE `outbox_events` SET `next_attempt_at` = UTC_TIMESTAMP(3) WHERE `published_at` IS NULL',
  );
  await drain(relayOn(dataSource));
}

function sumOf(recorded: readonly MetricData[], name: string, destination: string): number {
  let total = 0;
  for (const metric of recorded) {
    if (metric.descriptor.name !== name || metric.dataPointType !== DataPointType.SUM) continue;
    for (const point of metric.dataPoints) {
      if (point.attributes['messaging.destination.name'] === destination) total += point.value;
    }
  }
  return total;
}
