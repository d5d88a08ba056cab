import { Logger } from '@nestjs/common';
import { describeIssues, envelopeSchema, type EventEnvelope } from '@shop/contracts';
import type { DataSource } from 'typeorm';
import { crashAt } from '../faults/fault-points';
import { type EventDestination, parseDestinationKey } from '../publishing/event-destination';
import {
  errorMessage,
  type EventPublisher,
  type OutboundEvent,
  type PublishOutcome,
} from '../publishing/event-publisher';
import { OutboxCommitSubscriber } from './outbox-commit-subscriber';
import { OutboxMetrics } from './outbox-metrics';
import { type ClaimedOutboxEvent, OutboxStore } from './outbox-store';
import { DEFAULT_OUTBOX_RETRY, type OutboxRetryPolicy, outboxRetryDelayMs } from './retry-delay';
import { untraced } from '@shop/observability';

/** How a relay polls, claims and retries; every field has a default. */
export interface OutboxRelaySettings {
  /** Wait between polls when the outbox is empty; a commit in this process wakes the relay at once. */
  readonly pollIntervalMs: number;
  /** Rows claimed per round (published in batches of 10, in parallel). */
  readonly batchSize: number;
  /** How long a claim keeps other relays off; a relay that dies holding rows delays them this long. */
  readonly leaseMs: number;
  readonly retry: OutboxRetryPolicy;
  /** How long published rows are kept (to look into what was sent) before the relay deletes them. */
  readonly retentionMs: number;
  /** How often the relay deletes published rows older than the retention. */
  readonly purgeIntervalMs: number;
}

// Deleted per statement, so that a purge never holds many row locks at once.
const PURGE_BATCH_SIZE = 1000;

export const DEFAULT_OUTBOX_RELAY_SETTINGS: OutboxRelaySettings = {
  pollIntervalMs: 500,
  batchSize: 100,
  leaseMs: 30_000,
  retry: DEFAULT_OUTBOX_RETRY,
  retentionMs: 7 * 24 * 3600_000,
  purgeIntervalMs: 10 * 60_000,
};

export interface OutboxRelayOptions extends Partial<OutboxRelaySettings> {
  readonly dataSource: DataSource;
  readonly publishers: readonly EventPublisher[];
  /** Fault points to crash at (tests only): see `fault-points.ts`. */
  readonly faults?: ReadonlySet<string>;
  readonly store?: OutboxStore;
  readonly metrics?: OutboxMetrics;
  /** [0, 1), for the retry jitter. */
  readonly random?: () => number;
}

interface ReadableEvent {
  readonly claimed: ClaimedOutboxEvent;
  readonly event: OutboundEvent;
}

/**
 * Publishes outbox rows: soon after a commit in this process (a nudge), else at the next poll. Several
 * relays may run against one database; each row is claimed by one at a time. Delivery is at least once:
 * a relay that dies before marking a published row publishes it again later, and consumers' inboxes
 * drop the duplicate. A row that fails is retried with backoff for as long as it takes, its last error
 * kept in `last_error`.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly settings: OutboxRelaySettings;
  private readonly store: OutboxStore;
  private readonly metrics: OutboxMetrics;
  private readonly publishers: ReadonlyMap<EventDestination['kind'], EventPublisher>;
  private readonly commitSubscriber = new OutboxCommitSubscriber(() => this.nudge());
  private running = false;
  private nudged = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private nextPurgeAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.settings = { ...DEFAULT_OUTBOX_RELAY_SETTINGS, ...definedSettings(options) };
    this.store = options.store ?? new OutboxStore(options.dataSource);
    this.metrics = options.metrics ?? new OutboxMetrics();
    this.publishers = new Map(options.publishers.map((publisher) => [publisher.kind, publisher]));
  }

  /** Starts polling, listens for commits on the data source and reports the pending gauge. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.options.dataSource.subscribers.push(this.commitSubscriber);
    this.metrics.observePendingWith(() => this.store.countPending());
    this.loop = this.run();
  }

  /** Finishes the round in progress (so nothing claimed is left unmarked), then stops. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    const subscribers = this.options.dataSource.subscribers;
    const position = subscribers.indexOf(this.commitSubscriber);
    if (position >= 0) subscribers.splice(position, 1);
    this.metrics.stopObservingPending();
  }

  /** Publishes now rather than at the next poll: events were committed. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** One round: claims due rows, publishes them, marks them. Resolves with the number of rows claimed. */
  async publishDue(): Promise<number> {
    const claimed = await untraced(() => this.store.claim(this.settings.batchSize, this.settings.leaseMs));
    if (claimed.length === 0) return 0;
    const readable: ReadableEvent[] = [];
    for (const row of claimed) {
      const event = readOutboundEvent(row);
      if (typeof event === 'string') await this.recordFailure(row, undefined, undefined, event);
      else readable.push({ claimed: row, event });
    }
    crashAt('outbox.crash-before-publish', this.faults);
    const outcomes = await this.publishAll(readable.map(({ event }) => event));
    crashAt('outbox.crash-after-publish', this.faults);
    const published = readable.filter((_, index) => outcomes[index]?.published);
    await untraced(() => this.store.markPublished(published.map(({ claimed: row }) => row)));
    for (const { event } of published) this.metrics.recordPublished(event.envelope, event.destination);
    for (const [index, { claimed: row, event }] of readable.entries()) {
      const outcome = outcomes[index];
      if (outcome && !outcome.published)
        await this.recordFailure(row, event.envelope, event.destination, outcome.error);
    }
    return claimed.length;
  }

  /** Deletes the rows published longer ago than the retention; resolves with how many went. */
  async purgePublished(): Promise<number> {
    let purged = 0;
    for (;;) {
      const deleted = await untraced(() => this.store.purgePublished(this.settings.retentionMs, PURGE_BATCH_SIZE));
      purged += deleted;
      if (deleted < PURGE_BATCH_SIZE) return purged;
    }
  }

  private get faults(): ReadonlySet<string> {
    return this.options.faults ?? new Set();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.publishDue();
        await this.purgeWhenDue();
      } catch (error) {
        this.logger.error(`outbox round failed: ${errorMessage(error)}`);
      }
      // A full batch means more may be due: go again at once, as after a nudge.
      if (this.running && claimed < this.settings.batchSize && !this.nudged) await this.idle();
      this.nudged = false;
    }
  }

  private async purgeWhenDue(): Promise<void> {
    if (Date.now() < this.nextPurgeAt) return;
    this.nextPurgeAt = Date.now() + this.settings.purgeIntervalMs;
    const purged = await this.purgePublished();
    if (purged > 0) this.logger.log(`deleted ${purged} outbox rows published over ${this.settings.retentionMs} ms ago`);
  }

  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.settings.pollIntervalMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  private async publishAll(events: readonly OutboundEvent[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = events.map((event) => ({
      published: false,
      error: `no publisher for ${event.destination.kind} destinations`,
    }));
    await Promise.all(
      [...this.publishers.values()].map(async (publisher) => {
        const indexes = events.flatMap((event, index) => (event.destination.kind === publisher.kind ? [index] : []));
        if (indexes.length === 0) return;
        const results = await publisher.publish(indexes.map((index) => events[index]!));
        indexes.forEach((eventIndex, position) => {
          outcomes[eventIndex] = results[position] ?? { published: false, error: 'the publisher returned no outcome' };
        });
      }),
    );
    return outcomes;
  }

  private async recordFailure(
    row: ClaimedOutboxEvent,
    envelope: EventEnvelope | undefined,
    destination: EventDestination | undefined,
    error: string,
  ): Promise<void> {
    const retryInMs = outboxRetryDelayMs(row.attempts, this.settings.retry, this.options.random ?? Math.random);
    this.logger.warn(
      `event ${row.id} to ${row.destination} not published (attempt ${row.attempts}, next in ${Math.round(retryInMs)} ms): ${error}`,
    );
    this.metrics.recordPublishFailed(envelope, destination);
    await this.store.markFailed(row, error, retryInMs);
  }
}

/** The stored row as an outbound event, or why it cannot be read (it stays in the outbox, failing). */
function readOutboundEvent(row: ClaimedOutboxEvent): OutboundEvent | string {
  try {
    const envelope = envelopeSchema.safeParse(JSON.parse(row.envelope));
    if (!envelope.success) return `stored envelope is invalid: ${describeIssues(envelope.error)}`;
    return { envelope: envelope.data, destination: parseDestinationKey(row.destination) };
  } catch (error) {
    return `stored row is unreadable: ${errorMessage(error)}`;
  }
}

function definedSettings(options: Partial<OutboxRelaySettings>): Partial<OutboxRelaySettings> {
  return Object.fromEntries(
    (['pollIntervalMs', 'batchSize', 'leaseMs', 'retry', 'retentionMs', 'purgeIntervalMs'] as const)
      .filter((key) => options[key] !== undefined)
      .map((key) => [key, options[key]]),
  );
}
