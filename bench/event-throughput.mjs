// Event throughput and delay through the whole publishing path: a transaction writes a state change and
// its event (outbox), the relay publishes it to SNS, SNS delivers it to the subscribed SQS queue, and
// long-polling receive loops hand it to a handler (parse + validate the envelope, then delete).
// Reports events per second and the delay from commit to handler (p50/p99) for a burst (as fast as the
// writers go) and for a paced load (a steady rate, where the relay's commit nudge sets the delay), and
// how fast a relay drains a backlog committed while it was down (the pipeline's own capacity).
// Everything runs in this process against real MariaDB and the local AWS endpoint; it needs a build
// (npx tsc -b tsconfig.build.json).
// Usage: node bench/event-throughput.mjs [--events 3000] [--writers 8] [--rate 100] [--paced-events 500] [--receivers 8]
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } = require('@aws-sdk/client-sqs');
const { SNSClient } = require('@aws-sdk/client-sns');
const mysql = require('mysql2/promise');
const { DataSource } = require('typeorm');
const { createEnvelope, parseEvent, ProductCreatedV1 } = require('@shop/contracts');
const {
  createOutboxTable,
  OutboxEventEntity,
  OutboxRelay,
  OutboxWriter,
  PUBLISH_REQUEST_TIMEOUTS,
  SnsEventPublisher,
} = require('@shop/event-bus');
const { applyTopology, startLocalAws } = require('@shop/local-aws');
const { messagingTopology } = require('@shop/topology');

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '3000' },
    writers: { type: 'string', default: '8' },
    rate: { type: 'string', default: '100' },
    'paced-events': { type: 'string', default: '500' },
    receivers: { type: 'string', default: '8' },
  },
});

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const QUEUE = 'inventory-catalog-events';
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'mysql://root@127.0.0.1:3306';
const prefix = `bench${randomUUID().slice(0, 6)}`;
const databaseName = `shop_bench_events_${randomUUID().slice(0, 8)}`;

/** The handler side: receive loops that validate each envelope and note when it arrived. */
function startReceivers(sqs, queueUrl, count, onEvent) {
  let running = true;
  const loops = Array.from({ length: count }, async () => {
    while (running) {
      await receiveBatch().catch((error) => process.stderr.write(`receive loop: ${error.message}\n`));
    }
  });
  async function receiveBatch() {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    if (Messages.length === 0) return;
    for (const message of Messages) {
      const parsed = parseEvent(message.Body);
      if (!parsed.ok) throw new Error(`unreadable event: ${parsed.reason}`);
      onEvent(parsed.envelope.id, performance.now());
    }
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle })),
      }),
    );
  }
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

function productCreated() {
  const sku = `B-${randomUUID().slice(0, 12)}`;
  return createEnvelope(
    ProductCreatedV1,
    {
      productId: randomUUID(),
      sku,
      name: 'Bench mug',
      slug: sku.toLowerCase(),
      status: 'active',
      price: { amount: '12.50', currency: 'EUR' },
      categoryIds: [],
    },
    { correlationId: `bench-${sku}` },
  );
}

/** Waits for `done`; when nothing is handled for 60 s, says which events are missing and where they are. */
async function untilDone(done, missing, dataSource) {
  for (let before = -1; ;) {
    const patience = new AbortController();
    const outcome = await Promise.race([
      done.then(() => 'done'),
      sleep(60_000, 'stalled', { signal: patience.signal }).catch(() => 'done'),
    ]);
    patience.abort();
    if (outcome === 'done') return;
    const ids = missing();
    if (ids.length !== before) {
      before = ids.length;
      continue;
    }
    const rows = await dataSource.query(
      'SELECT id, published_at, attempts, last_error FROM outbox_events WHERE id IN (?) LIMIT 5',
      [ids.slice(0, 5)],
    );
    throw new Error(`${ids.length} events never reached the handler; outbox rows of some: ${JSON.stringify(rows)}`);
  }
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/**
 * Writes `events` events (each in its own transaction with a state change), `writers` at a time, at
 * most `rate` per second when given; resolves when the handler has seen every one of them.
 */
async function runScenario({ name, events, writers, rate, dataSource, handled }) {
  const writer = new OutboxWriter();
  const committedAt = new Map();
  const delays = [];
  let duplicates = 0;
  let allHandled;
  const done = new Promise((resolve) => (allHandled = resolve));
  handled.current = (id, at) => {
    const committed = committedAt.get(id);
    if (committed === undefined) {
      duplicates += 1;
      return;
    }
    committedAt.delete(id);
    delays.push(at - committed);
    if (delays.length === events) allHandled();
  };

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let index = next++; index < events; index = next++) {
        if (rate) {
          const due = started + (index * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
        }
        const envelope = productCreated();
        await dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO `bench_products` (`id`, `sku`) VALUES (?, ?)', [
            envelope.data.productId,
            envelope.data.sku,
          ]);
          await writer.append(manager, envelope, [{ kind: 'sns', topic: 'catalog-events' }]);
        });
        committedAt.set(envelope.id, performance.now());
      }
    }),
  );
  const written = performance.now();
  await untilDone(done, () => [...committedAt.keys()], dataSource);
  const finished = performance.now();
  delays.sort((a, b) => a - b);
  return {
    name,
    events,
    writeRate: events / ((written - started) / 1000),
    throughput: events / ((finished - started) / 1000),
    p50: percentile(delays, 0.5),
    p99: percentile(delays, 0.99),
    max: delays.at(-1),
    duplicates,
  };
}

/**
 * Pipeline capacity without the writers in the way: `events` are committed while no relay runs, then a
 * relay starts and the time until the handler has seen them all is measured.
 */
async function runBacklog({ events, writers, dataSource, handled, startRelay }) {
  const writer = new OutboxWriter();
  const pending = new Set();
  let allHandled;
  const done = new Promise((resolve) => (allHandled = resolve));
  let duplicates = 0;
  handled.current = (id) => {
    if (!pending.delete(id)) duplicates += 1;
    else if (pending.size === 0) allHandled();
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let index = next++; index < events; index = next++) {
        const envelope = productCreated();
        pending.add(envelope.id);
        await dataSource.transaction((manager) =>
          writer.append(manager, envelope, [{ kind: 'sns', topic: 'catalog-events' }]),
        );
      }
    }),
  );
  const started = performance.now();
  const relay = startRelay();
  await untilDone(done, () => [...pending], dataSource);
  const finished = performance.now();
  await relay.stop();
  return { name: 'backlog drain', events, throughput: events / ((finished - started) / 1000), duplicates };
}

async function main() {
  const connection = await mysql.createConnection(serverUrl);
  const [[{ version }]] = await connection.query('SELECT VERSION() AS version');
  await connection.query(`CREATE DATABASE \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const aws = await startLocalAws({ port: 0 });
  const dataSource = await new DataSource({
    type: /mariadb/i.test(version) ? 'mariadb' : 'mysql',
    url: `${serverUrl}/${databaseName}`,
    entities: [OutboxEventEntity],
    timezone: 'Z',
    extra: { connectionLimit: 20 },
  }).initialize();
  const clientConfig = { endpoint: aws.url, region: REGION, credentials: CREDENTIALS };
  const sqs = new SQSClient(clientConfig);
  const sns = new SNSClient({ ...clientConfig, requestHandler: PUBLISH_REQUEST_TIMEOUTS });
  let relay;
  let stopReceivers = async () => {};
  try {
    const queryRunner = dataSource.createQueryRunner();
    await createOutboxTable(queryRunner);
    await queryRunner.query(
      'CREATE TABLE `bench_products` (`id` char(36) NOT NULL, `sku` varchar(64) NOT NULL, PRIMARY KEY (`id`))',
    );
    await queryRunner.release();
    const applied = await applyTopology(messagingTopology, { endpoint: aws.url, region: REGION, prefix });

    const startRelay = () => {
      const started = new OutboxRelay({
        dataSource,
        publishers: [new SnsEventPublisher(sns, { prefix, region: REGION, accountId: '000000000000' })],
      });
      started.start();
      return started;
    };
    const handled = { current: () => {} };
    stopReceivers = startReceivers(sqs, applied.queues[QUEUE].url, Number(args.receivers), (id, at) =>
      handled.current(id, at),
    );

    const writers = Number(args.writers);
    const results = [];
    relay = startRelay();
    // A short warm-up so connection pools, JIT and the endpoint are not part of the first measurement.
    await runScenario({ name: 'warm-up', events: 200, writers, dataSource, handled });
    results.push(await runScenario({ name: 'burst', events: Number(args.events), writers, dataSource, handled }));
    results.push(
      await runScenario({
        name: `paced ${args.rate}/s`,
        events: Number(args['paced-events']),
        writers,
        rate: Number(args.rate),
        dataSource,
        handled,
      }),
    );

    await relay.stop();
    results.push(await runBacklog({ events: Number(args.events), writers, dataSource, handled, startRelay }));

    const ms = (value) => `${value.toFixed(1)} ms`;
    console.log(
      `\nOutbox → relay → SNS → SQS → handler, ${writers} writers, ${args.receivers} receive loops, ` +
        `local endpoint, ${version}, ${cpus().length} cores, Node ${process.version}\n`,
    );
    console.log(
      '| scenario | events | committed/s | handled/s (end to end) | commit → handler p50 | p99 | max | duplicates |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const result of results) {
      const delays = result.p50 === undefined ? ['—', '—', '—'] : [result.p50, result.p99, result.max].map(ms);
      const committed = result.writeRate === undefined ? '— (before the relay starts)' : result.writeRate.toFixed(0);
      console.log(
        `| ${result.name} | ${result.events} | ${committed} | ${result.throughput.toFixed(0)} | ` +
          `${delays.join(' | ')} | ${result.duplicates} |`,
      );
    }
  } finally {
    await relay?.stop();
    await stopReceivers();
    sqs.destroy();
    sns.destroy();
    await dataSource.destroy();
    await aws.stop();
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
    await connection.end();
  }
}

await main();
