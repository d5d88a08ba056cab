import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Inject, Logger, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { context, isSpanContextValid, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { AuthModule, TokenService, type Role } from '@shop/auth';
import {
  createEnvelope,
  ProductCreatedV1,
  ProductUpdatedV1,
  type EnvelopeOf,
  type EventDataOf,
  type EventEnvelope,
} from '@shop/contracts';
import {
  createInboxTable,
  DeadLettersModule,
  EventConsumer,
  HandleEvent,
  Inbox,
  InboxEventEntity,
  SqsConsumerServer,
  SqsContext,
  type DeadLetterQueueContents,
} from '@shop/event-bus';
import { applyTopology, type AppliedTopology } from '@shop/local-aws';
import { createTestDatabase, startService, type RunningService, type TestDatabase } from '@shop/testing';
import type { MessagingTopology } from '@shop/topology';
import { LoggerModule, Logger as PinoNestLogger } from 'nestjs-pino';
import { DataSource, type EntityManager } from 'typeorm';

// The consumer runs in this process against the real local AWS endpoint (a child process) and a real
// MariaDB database; spans go to an in-memory exporter of a real SDK tracer provider in this process, so
// a span's trace id below is the one that travelled through SNS and SQS as a message attribute.

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const PREFIX = `t${randomUUID().slice(0, 8)}`;
const QUEUE = 'consumer-test';
const CONSUMER = 'product-events-test';
const MAX_RECEIVE_COUNT = 3;
const JWT = { secret: 'x'.repeat(40), issuer: 'shop-test', audience: 'shop', ttlSeconds: 600 };

const testTopology: MessagingTopology = {
  messageAttributes: ['shop.event.type', 'shop.event.id', 'shop.correlation.id', 'traceparent', 'tracestate'],
  topics: [{ name: 'consumer-test-events', description: 'Events the consumer tests publish.' }],
  queues: [
    {
      name: QUEUE,
      description: 'The queue under test.',
      handlerTimeoutSeconds: 1,
      // Short, so a handler that outlives it shows whether the heartbeat keeps the message hidden.
      visibilityTimeoutSeconds: 2,
      receiveWaitTimeSeconds: 20,
      maxReceiveCount: MAX_RECEIVE_COUNT,
      messageRetentionSeconds: 3600,
      deadLetterQueue: { name: `${QUEUE}-dlq`, messageRetentionSeconds: 7200 },
    },
  ],
  subscriptions: [{ topic: 'consumer-test-events', queue: QUEUE, rawMessageDelivery: true }],
  buses: [{ name: 'consumer-test-bus', description: 'The bus the consumer tests put events on.' }],
  rules: [
    {
      name: 'consumer-test-catalog',
      bus: 'consumer-test-bus',
      description: 'Catalog events, to the queue under test.',
      eventPattern: { source: ['shop.catalog'] },
      targets: [
        {
          id: QUEUE,
          kind: 'sqs',
          queue: QUEUE,
          deadLetterQueue: `${QUEUE}-dlq`,
          retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 60 },
        },
      ],
    },
  ],
};

/** What the handler under test does and saw, per product SKU. */
const behaviour = {
  failing: new Set<string>(),
  slowMs: new Map<string, number>(),
  attempts: [] as { sku: string; eventId: string; attempt: number; traceId: string | undefined }[],
  handledOrder: [] as string[],
  /** For each completed handling: how many deliveries of that event had started by then. */
  completions: [] as { eventId: string; deliveriesStarted: number }[],
};

@EventConsumer()
class ProductEventsTestConsumer {
  private readonly logger = new Logger(ProductEventsTestConsumer.name);

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @HandleEvent(ProductCreatedV1)
  async onProductCreated(
    @Payload() event: EnvelopeOf<typeof ProductCreatedV1>,
    @Ctx() delivery: SqsContext,
  ): Promise<void> {
    const { sku } = event.data;
    behaviour.attempts.push({
      sku,
      eventId: event.id,
      attempt: delivery.getAttempt(),
      traceId: trace.getActiveSpan()?.spanContext().traceId,
    });
    this.logger.log({ msg: 'handling product created', sku });
    const slowMs = behaviour.slowMs.get(sku);
    if (slowMs !== undefined) await new Promise((done) => setTimeout(done, slowMs));
    if (behaviour.failing.has(sku)) throw new Error(`stock record of ${sku} is locked`);
    await Inbox.handleOnce(this.dataSource, CONSUMER, event.id, async (entityManager) => {
      await entityManager.query('INSERT INTO handled_products (event_id, sku) VALUES (?, ?)', [event.id, sku]);
    });
    behaviour.handledOrder.push(sku);
    behaviour.completions.push({
      eventId: event.id,
      deliveriesStarted: behaviour.attempts.filter((attempt) => attempt.eventId === event.id).length,
    });
  }
}

/** Log lines the app wrote through nestjs-pino, with the mixin the observability module uses. */
const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
    done();
  },
});

function activeTraceFields(): Record<string, string> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext)
    ? { trace_id: spanContext.traceId, span_id: spanContext.spanId }
    : {};
}

class TestMetricReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

let localAws: RunningService;
let applied: AppliedTopology;
let database: TestDatabase;
let dataSource: DataSource;
let app: INestApplication;
let appClosed = false;
let consumer: SqsConsumerServer;
let sqs: SQSClient;
let sns: SNSClient;
let eventBridge: EventBridgeClient;
let tokens: TokenService;
const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const metricReader = new TestMetricReader();
const meterProvider = new MeterProvider({ readers: [metricReader] });

const productData = (sku: string): EventDataOf<typeof ProductCreatedV1> => ({
  productId: randomUUID(),
  sku,
  name: `Product ${sku}`,
  slug: sku.toLowerCase(),
  status: 'active',
  price: { amount: '9.90', currency: 'EUR' },
  categoryIds: [],
});

const productCreated = (sku: string) =>
  createEnvelope(ProductCreatedV1, productData(sku), { correlationId: `corr-${sku}` });

const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

async function publish(envelope: EventEnvelope, traceparent?: string): Promise<void> {
  await sns.send(
    new PublishCommand({
      TopicArn: applied.topics['consumer-test-events']?.arn,
      Message: JSON.stringify(envelope),
      MessageAttributes: {
        'shop.event.type': text(envelope.type),
        'shop.event.id': text(envelope.id),
        'shop.correlation.id': text(envelope.correlationId),
        ...(traceparent ? { traceparent: text(traceparent) } : {}),
      },
    }),
  );
}

function queueUrl(logical: string): string {
  const url = applied.queues[logical]?.url;
  if (!url) throw new Error(`queue ${logical} was not applied`);
  return url;
}

/** Polls an async probe until it returns something (rejects after the timeout, saying what never came). */
async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function handledCount(eventId: string): Promise<number> {
  const rows: { count: string | number }[] = await dataSource.query(
    'SELECT COUNT(*) AS count FROM handled_products WHERE event_id = ?',
    [eventId],
  );
  return Number(rows[0]?.count ?? 0);
}

const handledOnce = (eventId: string) =>
  eventually(async () => ((await handledCount(eventId)) > 0 ? true : undefined), `event ${eventId} handled`);

/** Messages waiting plus messages in flight. */
async function messagesIn(logical: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl(logical),
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible);
}

async function request(method: 'GET' | 'POST', path: string, role: Role, body?: unknown): Promise<Response> {
  const { accessToken } = await tokens.sign({ subject: `test-${role}`, roles: [role] });
  const url = await app.getUrl();
  return fetch(`${url.replace('[::1]', '127.0.0.1')}${path}`, {
    method,
    headers: { authorization: `Bearer ${accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

async function deadLetters(): Promise<DeadLetterQueueContents['messages']> {
  const response = await request('GET', '/admin/dead-letters', 'viewer');
  expect(response.status).toBe(200);
  const body = (await response.json()) as { queues: DeadLetterQueueContents[] };
  return body.queues.find((queue) => queue.queue === QUEUE)?.messages ?? [];
}

const deadLetterOf = (eventId: string) =>
  eventually(
    async () => (await deadLetters()).find((letter) => letter.eventId === eventId),
    `event ${eventId} in the DLQ`,
  );

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(tracerProvider);

  localAws = await startService({
    name: 'local-aws',
    cwd: resolve(__dirname, '../../../tools/local-aws'),
    script: 'dist/main.js',
    env: { LOCAL_AWS_PERSISTENCE: 'false', LOCAL_AWS_APPLY_TOPOLOGY: 'false', LOG_LEVEL: 'warn' },
    readyPath: '/health',
    portVariable: 'LOCAL_AWS_PORT',
  });
  const clientConfig = { endpoint: localAws.url, region: REGION, credentials: CREDENTIALS };
  sqs = new SQSClient(clientConfig);
  sns = new SNSClient(clientConfig);
  eventBridge = new EventBridgeClient(clientConfig);
  applied = await applyTopology(testTopology, { endpoint: localAws.url, region: REGION, prefix: PREFIX });

  database = await createTestDatabase('eventbus_consuming');
  dataSource = new DataSource({
    type: 'mysql',
    url: database.url.replace(/^mariadb:/, 'mysql:'),
    entities: [InboxEventEntity],
  });
  await dataSource.initialize();
  const queryRunner = dataSource.createQueryRunner();
  await createInboxTable(queryRunner);
  await queryRunner.release();
  await dataSource.query(
    'CREATE TABLE handled_products (id INT AUTO_INCREMENT PRIMARY KEY, event_id VARCHAR(36) NOT NULL, sku VARCHAR(100) NOT NULL)',
  );

  @Module({
    imports: [
      LoggerModule.forRoot({ pinoHttp: [{ mixin: activeTraceFields, level: 'info' }, logStream] }),
      AuthModule.forRoot(JWT),
      DeadLettersModule.forRoot({ queues: [QUEUE], resourcePrefix: PREFIX, sqs }),
    ],
    controllers: [ProductEventsTestConsumer],
    providers: [{ provide: DataSource, useValue: dataSource }],
  })
  class ConsumerTestModule {}

  app = await NestFactory.create(ConsumerTestModule, new FastifyAdapter(), { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  consumer = new SqsConsumerServer({
    queues: [{ queue: QUEUE, concurrency: 4 }],
    resourcePrefix: PREFIX,
    sqs,
    retryBackoff: { initialDelaySeconds: 2, multiplier: 1, maxDelaySeconds: 2 },
    meter: meterProvider.getMeter('consumer-test'),
  });
  app.connectMicroservice({ strategy: consumer });
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  tokens = app.get(TokenService);
});

afterAll(async () => {
  if (!appClosed) await app?.close();
  await dataSource?.destroy();
  await database?.drop();
  sqs?.destroy();
  sns?.destroy();
  eventBridge?.destroy();
  await localAws?.stop();
  await tracerProvider.shutdown();
  await meterProvider.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
});

describe('inbox table', () => {
  it('matches InboxEventEntity exactly (generating a migration from the entity yields nothing)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});

describe('Inbox.handleOnce', () => {
  /** Transactions of this test database waiting for a row lock. */
  async function lockWaits(): Promise<number> {
    const rows: { waiting: string | number }[] = await dataSource.query(
      `SELECT COUNT(*) AS waiting FROM information_schema.INNODB_TRX trx
       JOIN information_schema.PROCESSLIST connection ON connection.ID = trx.trx_mysql_thread_id
       WHERE trx.trx_state = 'LOCK WAIT' AND connection.DB = DATABASE()`,
    );
    return Number(rows[0]?.waiting ?? 0);
  }

  /** Runs handleOnce twice for one event id, the second starting while the first holds its inbox row. */
  async function race(firstWork: (release: Promise<void>) => Promise<void>) {
    const eventId = randomUUID();
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    let firstInside!: () => void;
    const firstIsInside = new Promise<void>((done) => (firstInside = done));
    const record = (who: string) => async (entityManager: EntityManager) => {
      await entityManager.query('INSERT INTO handled_products (event_id, sku) VALUES (?, ?)', [eventId, who]);
    };
    const first = Inbox.handleOnce(dataSource, 'race-test', eventId, async (entityManager) => {
      await record('first')(entityManager);
      firstInside();
      await firstWork(released);
    }).then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
    await firstIsInside;
    const second = Inbox.handleOnce(dataSource, 'race-test', eventId, record('second'));
    await eventually(async () => ((await lockWaits()) > 0 ? true : undefined), 'the second delivery to wait');
    release();
    const [firstResult, secondOutcome] = await Promise.all([first, second]);
    const rows: { sku: string }[] = await dataSource.query('SELECT sku FROM handled_products WHERE event_id = ?', [
      eventId,
    ]);
    return { firstResult, secondOutcome, handledBy: rows.map((row) => row.sku) };
  }

  it('lets the unique key decide between two deliveries at once: the second waits, then skips', async () => {
    const { firstResult, secondOutcome, handledBy } = await race((released) => released);
    expect(firstResult).toEqual({ outcome: { handled: true, result: undefined } });
    expect(secondOutcome).toEqual({ handled: false });
    expect(handledBy).toEqual(['first']);
  });

  it('lets the waiting delivery do the work when the first one rolls back', async () => {
    const { firstResult, secondOutcome, handledBy } = await race(async (released) => {
      await released;
      throw new Error('handler failed');
    });
    expect(firstResult).toEqual({ error: new Error('handler failed') });
    expect(secondOutcome).toEqual({ handled: true, result: undefined });
    expect(handledBy).toEqual(['second']);
  });
});

describe(SqsConsumerServer.name, () => {
  it('hands a published event to its @EventPattern handler once and deletes the message', async () => {
    const event = productCreated('PLAIN-1');
    await publish(event);

    await handledOnce(event.id);
    await eventually(async () => ((await messagesIn(QUEUE)) === 0 ? true : undefined), 'the queue to empty');
    expect(await handledCount(event.id)).toBe(1);
    expect(behaviour.attempts.filter((attempt) => attempt.eventId === event.id)).toHaveLength(1);
  });

  it('handles an event delivered twice only once (inbox), also when both deliveries run at once', async () => {
    const event = productCreated('TWICE-1');
    // Slow, so the two deliveries overlap in the handler and the inbox's unique key has to decide.
    behaviour.slowMs.set('TWICE-1', 500);
    await Promise.all([publish(event), publish(event)]);

    await eventually(
      async () =>
        behaviour.attempts.filter((attempt) => attempt.eventId === event.id).length === 2 &&
        (await messagesIn(QUEUE)) === 0
          ? true
          : undefined,
      'both deliveries to be processed and deleted',
    );
    expect(await handledCount(event.id)).toBe(1);
    // Both deliveries were in the handler before the first one finished: the race really happened.
    expect(behaviour.completions.find((completion) => completion.eventId === event.id)?.deliveriesStarted).toBe(2);
  });

  it('dead-letters a message whose handler always throws after the redrive count, with the reason, while others flow', async () => {
    behaviour.failing.add('BROKEN-1');
    const broken = productCreated('BROKEN-1');
    await publish(broken);
    await eventually(
      () => (behaviour.attempts.some((attempt) => attempt.eventId === broken.id) ? true : undefined),
      'the first failed attempt',
    );

    const healthy = ['FLOW-1', 'FLOW-2', 'FLOW-3'].map(productCreated);
    for (const event of healthy) await publish(event);
    for (const event of healthy) await handledOnce(event.id);
    // The healthy events were handled while the broken one was still being retried.
    const brokenAttemptsMeanwhile = behaviour.attempts.filter((attempt) => attempt.eventId === broken.id).length;
    expect(brokenAttemptsMeanwhile).toBeLessThan(MAX_RECEIVE_COUNT);

    const letter = await deadLetterOf(broken.id);
    expect(letter).toMatchObject({
      eventType: ProductCreatedV1.type,
      eventId: broken.id,
      reason: 'Error: stock record of BROKEN-1 is locked',
      receiveCount: MAX_RECEIVE_COUNT,
    });
    expect(letter.firstSeenAt).toEqual(expect.any(String));
    expect(behaviour.attempts.filter((attempt) => attempt.eventId === broken.id).map((a) => a.attempt)).toEqual([
      1, 2, 3,
    ]);
    expect(await handledCount(broken.id)).toBe(0);
    const brokenSpans = spans.getFinishedSpans().filter((span) => span.attributes['shop.event.id'] === broken.id);
    expect(brokenSpans.map((span) => [span.status.code, span.events[0]?.name])).toEqual([
      [SpanStatusCode.ERROR, 'exception'],
      [SpanStatusCode.ERROR, 'exception'],
      [SpanStatusCode.ERROR, 'exception'],
    ]);
    expect(brokenSpans[2]?.attributes['shop.dead_letter.cause']).toBe('retries-exhausted');
    const logged = logLines.filter((line) => line['eventId'] === broken.id);
    expect(logged.map((line) => [line['level'], line['msg'], line['attempt']])).toEqual([
      [40, 'handling an event failed; retrying after a backoff', 1],
      [40, 'handling an event failed; retrying after a backoff', 2],
      [50, 'message moved to the dead-letter queue', 3],
    ]);
    expect(logged[2]).toMatchObject({
      reason: 'Error: stock record of BROKEN-1 is locked',
      cause: 'retries-exhausted',
      trace_id: expect.any(String) as unknown,
    });
  });

  it.each([
    ['not JSON', '{"id": "unterminated', 'poison message: message body is not JSON'],
    [
      'an event breaking its schema',
      JSON.stringify({ ...productCreated('BAD-SCHEMA'), data: { sku: 'BAD-SCHEMA' } }),
      'poison message: invalid data of "catalog.product.created.v1"',
    ],
  ])('dead-letters a poison message (%s) at once, never retried', async (_case, body, reason) => {
    const marker = randomUUID();
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl(QUEUE),
        MessageBody: body,
        MessageAttributes: { 'shop.event.id': { DataType: 'String', StringValue: marker } },
      }),
    );

    const letter = await deadLetterOf(marker);
    expect(letter.reason).toContain(reason);
    expect(letter.receiveCount).toBe(1);
  });

  it('dead-letters an event type this consumer has no handler for', async () => {
    const event = createEnvelope(
      ProductUpdatedV1,
      { ...productData('NOBODY-1'), changedFields: ['name'] },
      { correlationId: 'corr-nobody' },
    );
    await publish(event);

    const letter = await deadLetterOf(event.id);
    expect(letter).toMatchObject({ eventType: ProductUpdatedV1.type, receiveCount: 1 });
    expect(letter.reason).toContain(`no handler for ${ProductUpdatedV1.type}`);
  });

  it('keeps a message hidden while a handler slower than the visibility timeout runs (no redelivery)', async () => {
    // Twice the queue's 2 s visibility timeout.
    behaviour.slowMs.set('SLOW-1', 4_000);
    const event = productCreated('SLOW-1');
    await publish(event);

    await handledOnce(event.id);
    await eventually(async () => ((await messagesIn(QUEUE)) === 0 ? true : undefined), 'the queue to empty');
    expect(behaviour.attempts.filter((attempt) => attempt.eventId === event.id)).toHaveLength(1);
  });

  it("continues the producer's trace: the consumer span is a child of the traceparent attribute, and handler logs carry its trace id", async () => {
    const producerTraceId = randomUUID().replace(/-/g, '');
    const producerSpanId = producerTraceId.slice(0, 16);
    const event = productCreated('TRACED-1');
    await publish(event, `00-${producerTraceId}-${producerSpanId}-01`);

    await handledOnce(event.id);
    const span = await eventually(
      () =>
        spans
          .getFinishedSpans()
          .find(
            (candidate) => candidate.attributes['shop.event.id'] === event.id && candidate.kind === SpanKind.CONSUMER,
          ),
      'the consumer span',
    );
    expect(span.name).toBe(`process ${PREFIX}-${QUEUE}`);
    expect(span.spanContext().traceId).toBe(producerTraceId);
    expect(span.parentSpanContext?.spanId).toBe(producerSpanId);
    expect(span.attributes).toMatchObject({
      'messaging.system': 'aws_sqs',
      'messaging.destination.name': `${PREFIX}-${QUEUE}`,
      'messaging.operation.type': 'process',
      'shop.event.type': ProductCreatedV1.type,
      'shop.event.id': event.id,
    });
    expect(behaviour.attempts.find((attempt) => attempt.eventId === event.id)?.traceId).toBe(producerTraceId);
    const line = logLines.find(
      (candidate) => candidate['msg'] === 'handling product created' && candidate['sku'] === 'TRACED-1',
    );
    expect(line).toMatchObject({ trace_id: producerTraceId, span_id: span.spanContext().spanId });
  });

  it("reads an event EventBridge delivered and continues the trace of the envelope's traceContext", async () => {
    const producerTraceId = randomUUID().replace(/-/g, '');
    const producerSpanId = producerTraceId.slice(16);
    const event = createEnvelope(ProductCreatedV1, productData('BUS-1'), {
      correlationId: 'corr-bus',
      traceContext: { traceparent: `00-${producerTraceId}-${producerSpanId}-01` },
    });
    const { FailedEntryCount } = await eventBridge.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: applied.buses['consumer-test-bus']?.name,
            Source: event.source,
            DetailType: event.type,
            Detail: JSON.stringify(event),
          },
        ],
      }),
    );
    expect(FailedEntryCount).toBe(0);

    await handledOnce(event.id);
    const span = await eventually(
      () => spans.getFinishedSpans().find((candidate) => candidate.attributes['shop.event.id'] === event.id),
      'the consumer span',
    );
    expect(span.spanContext().traceId).toBe(producerTraceId);
    expect(span.parentSpanContext?.spanId).toBe(producerSpanId);
  });

  it('counts consumed, failed, retried and dead-lettered messages and observes the queue depths', async () => {
    const { resourceMetrics } = await metricReader.collect();
    const total = (name: string, filter: Record<string, unknown> = {}) =>
      pointsOf(resourceMetrics, name)
        .filter((point) => Object.entries(filter).every(([key, value]) => point.attributes[key] === value))
        .reduce((sum, point) => sum + point.value, 0);

    const queueName = `${PREFIX}-${QUEUE}`;
    expect(total('shop.messaging.consumed', { 'messaging.destination.name': queueName })).toBeGreaterThanOrEqual(5);
    expect(total('shop.messaging.retried')).toBeGreaterThanOrEqual(MAX_RECEIVE_COUNT - 1);
    expect(total('shop.messaging.failed')).toBeGreaterThanOrEqual(MAX_RECEIVE_COUNT);
    expect(total('shop.messaging.dead_lettered', { 'shop.dead_letter.cause': 'poison' })).toBe(2);
    expect(total('shop.messaging.dead_lettered', { 'shop.dead_letter.cause': 'no-handler' })).toBe(1);
    expect(total('shop.messaging.dead_lettered', { 'shop.dead_letter.cause': 'retries-exhausted' })).toBe(1);
    const depths = pointsOf(resourceMetrics, 'shop.messaging.queue.depth');
    expect(depths.find((point) => point.attributes['messaging.destination.name'] === `${queueName}-dlq`)?.value).toBe(
      4,
    );
    const delays = pointsOf(resourceMetrics, 'shop.messaging.commit_to_handler.delay');
    // One per message a handler got on its first delivery (the event published twice counts twice).
    expect(delays.reduce((sum, point) => sum + point.value, 0)).toBe(
      behaviour.attempts.filter((attempt) => attempt.attempt === 1).length,
    );
    expect(pointsOf(resourceMetrics, 'shop.messaging.queue.oldest_message_age')).toEqual([
      expect.objectContaining({ attributes: { 'messaging.destination.name': queueName } }),
    ]);
  });
});

describe('dead letters admin API', () => {
  it('lets a viewer list but not redrive', async () => {
    expect((await request('GET', '/admin/dead-letters', 'viewer')).status).toBe(200);
    expect((await request('POST', '/admin/dead-letters/redrive', 'viewer', {})).status).toBe(403);
    expect((await request('GET', '/admin/dead-letters', 'customer')).status).toBe(403);
  });

  it('refuses a queue this service does not consume', async () => {
    expect((await request('POST', '/admin/dead-letters/redrive', 'admin', { queue: 'elsewhere' })).status).toBe(400);
  });

  it('redrives a chosen dead letter back to its queue, where it is handled, and leaves the others', async () => {
    const broken = behaviour.attempts.find((attempt) => attempt.sku === 'BROKEN-1');
    if (!broken) throw new Error('the dead-letter test must run first');
    const letter = await deadLetterOf(broken.eventId);
    const othersBefore = (await deadLetters()).length - 1;
    behaviour.failing.delete('BROKEN-1');

    const response = await request('POST', '/admin/dead-letters/redrive', 'admin', { messageIds: [letter.messageId] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redriven: { [QUEUE]: [letter.messageId] } });

    await handledOnce(broken.eventId);
    const remaining = await deadLetters();
    expect(remaining.find((candidate) => candidate.eventId === broken.eventId)).toBeUndefined();
    expect(remaining).toHaveLength(othersBefore);
  });

  it('redrives all dead letters of a queue; those still unreadable come back to the DLQ', async () => {
    const before = await deadLetters();
    expect(before.map((letter) => letter.reason).sort()).toEqual([
      expect.stringContaining('no handler for catalog.product.updated.v1'),
      expect.stringContaining('poison message: invalid data'),
      expect.stringContaining('poison message: message body is not JSON'),
    ]);

    const response = await request('POST', '/admin/dead-letters/redrive', 'admin', { queue: QUEUE });
    expect(await response.json()).toEqual({ redriven: { [QUEUE]: expect.any(Array) as unknown } });

    const after = await eventually(async () => {
      const letters = await deadLetters();
      const fresh = letters.filter((letter) => !before.some((old) => old.messageId === letter.messageId));
      return fresh.length === before.length ? fresh : undefined;
    }, 'the redriven messages to be dead-lettered again');
    expect(after.map((letter) => letter.eventId).sort()).toEqual(before.map((letter) => letter.eventId).sort());
    expect(after.every((letter) => letter.receiveCount === 1)).toBe(true);
  });
});

describe('graceful shutdown', () => {
  it('finishes the message in hand before the consumer closes, then deletes it', async () => {
    behaviour.slowMs.set('SHUTDOWN-1', 1_500);
    const event = productCreated('SHUTDOWN-1');
    await publish(event);
    await eventually(
      () => (behaviour.attempts.some((attempt) => attempt.eventId === event.id) ? true : undefined),
      'the handler to start',
    );

    await app.close();
    appClosed = true;

    expect(await handledCount(event.id)).toBe(1);
    expect(await messagesIn(QUEUE)).toBe(0);
  });
});

interface NumberPoint {
  attributes: Record<string, unknown>;
  value: number;
}

function pointsOf(resourceMetrics: ResourceMetrics, name: string): NumberPoint[] {
  return resourceMetrics.scopeMetrics
    .flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === name)
    .flatMap((metric) =>
      (metric.dataPoints as { attributes: Record<string, unknown>; value: unknown }[]).map((point) => ({
        attributes: point.attributes,
        // A histogram point counts its recordings.
        value: typeof point.value === 'number' ? point.value : (point.value as { count: number }).count,
      })),
    );
}
