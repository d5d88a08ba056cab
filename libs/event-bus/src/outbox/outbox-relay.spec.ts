import { Logger } from '@nestjs/common';
import { createEnvelope, ProductArchivedV1 } from '@shop/contracts';
import type { DataSource } from 'typeorm';
import type { EventPublisher, OutboundEvent, PublishOutcome } from '../publishing/event-publisher';
import type { OutboxMetrics } from './outbox-metrics';
import { OutboxRelay } from './outbox-relay';
import type { ClaimedOutboxEvent, OutboxStore } from './outbox-store';

const envelope = createEnvelope(
  ProductArchivedV1,
  { productId: '0b6a4a5e-3f4d-4c5b-9a61-2a7f1c3e8d90', sku: 'MUG-1' },
  { correlationId: 'corr-1' },
);

const row = (destination: string, overrides: Partial<ClaimedOutboxEvent> = {}): ClaimedOutboxEvent => ({
  id: envelope.id,
  destination,
  envelope: JSON.stringify(envelope),
  attempts: 1,
  ...overrides,
});

function strictStore(claimed: ClaimedOutboxEvent[]) {
  return {
    claim: jest.fn().mockResolvedValueOnce(claimed),
    markPublished: jest.fn().mockResolvedValue(undefined),
    markFailed: jest.fn().mockResolvedValue(undefined),
    countPending: jest.fn(),
  };
}

function strictMetrics() {
  return {
    recordPublished: jest.fn(),
    recordPublishFailed: jest.fn(),
    observePendingWith: jest.fn(),
    stopObservingPending: jest.fn(),
  };
}

function publisher(kind: EventPublisher['kind'], outcomes: PublishOutcome[]) {
  return {
    kind,
    publish: jest.fn<Promise<PublishOutcome[]>, [readonly OutboundEvent[]]>().mockResolvedValueOnce(outcomes),
  };
}

function relayWith(store: ReturnType<typeof strictStore>, publishers: EventPublisher[], faults = new Set<string>()) {
  const metrics = strictMetrics();
  const relay = new OutboxRelay({
    dataSource: { subscribers: [] } as unknown as DataSource,
    publishers,
    store: store as unknown as OutboxStore,
    metrics: metrics as unknown as OutboxMetrics,
    batchSize: 50,
    leaseMs: 5000,
    retry: { baseDelayMs: 1000, maxDelayMs: 60_000 },
    random: () => 0,
    faults,
  });
  return { relay, metrics };
}

describe(OutboxRelay.name, () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    // The relay logs each failed attempt through Nest's logger; keep test output clean.
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('claims due rows for a lease, publishes each to its destination and marks them published', async () => {
    const store = strictStore([row('sns:catalog-events'), row('eventbridge:shop-events')]);
    const sns = publisher('sns', [{ published: true, messageId: 'm1' }]);
    const eventBridge = publisher('eventbridge', [{ published: true }]);
    const { relay, metrics } = relayWith(store, [sns, eventBridge]);

    await expect(relay.publishDue()).resolves.toBe(2);

    expect(store.claim).toHaveBeenCalledWith(50, 5000);
    expect(sns.publish).toHaveBeenCalledWith([{ envelope, destination: { kind: 'sns', topic: 'catalog-events' } }]);
    expect(eventBridge.publish).toHaveBeenCalledWith([
      { envelope, destination: { kind: 'eventbridge', bus: 'shop-events' } },
    ]);
    expect(store.markPublished).toHaveBeenCalledWith([row('sns:catalog-events'), row('eventbridge:shop-events')]);
    expect(store.markFailed).not.toHaveBeenCalled();
    expect(metrics.recordPublished).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed row with its error and a backoff growing with its attempts', async () => {
    const store = strictStore([row('sns:catalog-events', { attempts: 3 }), row('sns:other-events')]);
    const sns = publisher('sns', [{ published: false, error: 'Throttled: slow down' }, { published: true }]);
    const { relay, metrics } = relayWith(store, [sns]);

    await relay.publishDue();

    expect(store.markPublished).toHaveBeenCalledWith([row('sns:other-events')]);
    // Attempt 3: backoff 4 s, equal jitter with random 0 gives its half.
    expect(store.markFailed).toHaveBeenCalledWith(
      row('sns:catalog-events', { attempts: 3 }),
      'Throttled: slow down',
      2000,
    );
    expect(metrics.recordPublishFailed).toHaveBeenCalledWith(envelope, { kind: 'sns', topic: 'catalog-events' });
  });

  it('fails a row whose destination has no publisher, publishing nothing', async () => {
    const store = strictStore([row('eventbridge:shop-events')]);
    const sns = publisher('sns', []);
    const { relay } = relayWith(store, [sns]);

    await relay.publishDue();

    expect(sns.publish).not.toHaveBeenCalled();
    expect(store.markFailed).toHaveBeenCalledWith(
      row('eventbridge:shop-events'),
      'no publisher for eventbridge destinations',
      500,
    );
    expect(store.markPublished).toHaveBeenCalledWith([]);
  });

  it('fails an unreadable row without stopping the others', async () => {
    const broken = row('sns:catalog-events', { id: 'broken', envelope: '{"id":' });
    const store = strictStore([broken, row('sns:catalog-events')]);
    const sns = publisher('sns', [{ published: true }]);
    const { relay } = relayWith(store, [sns]);

    await relay.publishDue();

    expect(sns.publish).toHaveBeenCalledWith([{ envelope, destination: { kind: 'sns', topic: 'catalog-events' } }]);
    expect(store.markFailed).toHaveBeenCalledWith(broken, expect.stringContaining('unreadable'), 500);
    expect(store.markPublished).toHaveBeenCalledWith([row('sns:catalog-events')]);
  });

  it('does nothing more when no row is due', async () => {
    const store = strictStore([]);
    const sns = publisher('sns', []);
    const { relay } = relayWith(store, [sns]);

    await expect(relay.publishDue()).resolves.toBe(0);

    expect(sns.publish).not.toHaveBeenCalled();
    expect(store.markPublished).not.toHaveBeenCalled();
  });

  it.each([
    ['outbox.crash-before-publish', 'publish'],
    ['outbox.crash-after-publish', 'mark'],
  ])('at fault point %s kills the process before it would %s', async (fault, nextStep) => {
    const kill = jest.spyOn(process, 'kill').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const store = strictStore([row('sns:catalog-events')]);
      const sns = publisher('sns', [{ published: true }]);
      const { relay } = relayWith(store, [sns], new Set([fault]));

      await relay.publishDue();

      const killedAt = kill.mock.invocationCallOrder[0] ?? Infinity;
      const next = nextStep === 'publish' ? sns.publish : store.markPublished;
      expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
      expect(killedAt).toBeLessThan(next.mock.invocationCallOrder[0] ?? -1);
    } finally {
      kill.mockRestore();
      stderr.mockRestore();
    }
  });

  describe('running', () => {
    const idleForever = { pollIntervalMs: 10 * 60_000 };

    function runningRelay(store: ReturnType<typeof strictStore>) {
      const subscribers: unknown[] = [];
      const metrics = strictMetrics();
      const relay = new OutboxRelay({
        dataSource: { subscribers } as unknown as DataSource,
        publishers: [],
        store: store as unknown as OutboxStore,
        metrics: metrics as unknown as OutboxMetrics,
        ...idleForever,
      });
      return { relay, subscribers, metrics };
    }

    function claimsSignalled(store: ReturnType<typeof strictStore>, count: number): Promise<void> {
      return new Promise((resolve) => {
        store.claim.mockImplementation(() => {
          if (store.claim.mock.calls.length >= count) resolve();
          return Promise.resolve([]);
        });
      });
    }

    it('polls again at once when nudged, instead of waiting for its poll interval', async () => {
      const store = strictStore([]);
      const secondRound = claimsSignalled(store, 2);
      const { relay } = runningRelay(store);

      relay.start();
      relay.nudge();
      await secondRound;
      await relay.stop();

      expect(store.claim.mock.calls.length).toBeGreaterThanOrEqual(2);
    });

    it('listens for commits on the data source while running, and reports the pending gauge', async () => {
      const store = strictStore([]);
      const { relay, subscribers, metrics } = runningRelay(store);

      relay.start();
      expect(subscribers).toHaveLength(1);
      expect(metrics.observePendingWith).toHaveBeenCalledTimes(1);
      await relay.stop();

      expect(subscribers).toHaveLength(0);
      expect(metrics.stopObservingPending).toHaveBeenCalledTimes(1);
    });

    it('stops after the round in progress without waiting out its poll interval', async () => {
      let finishRound: (rows: ClaimedOutboxEvent[]) => void = () => undefined;
      const store = strictStore([]);
      store.claim.mockReset().mockReturnValueOnce(new Promise((resolve) => (finishRound = resolve)));
      const { relay } = runningRelay(store);

      relay.start();
      const stopped = relay.stop();
      finishRound([]);

      await expect(stopped).resolves.toBeUndefined();
      expect(store.claim).toHaveBeenCalledTimes(1);
    });
  });
});
