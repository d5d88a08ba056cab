import { type EventEnvelope, EventRegistry, parseEvent, shopEvents } from '@shop/contracts';
import type { EntityManager } from 'typeorm';
import { type EventDestination, destinationKey } from '../publishing/event-destination';
import { activeTraceContext } from '../publishing/trace-context';
import { markOutboxAppended } from './outbox-commit-subscriber';
import { OutboxEventEntity } from './outbox-event.entity';

/** An event that breaks its contract, or an append outside a transaction: a bug in the producer. */
export class OutboxAppendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = OutboxAppendError.name;
  }
}

/**
 * Writes events to the outbox in the caller's transaction, so an event exists if and only if the state
 * change it reports committed. Call it with the EntityManager of the transaction that makes the change.
 */
export class OutboxWriter {
  constructor(private readonly registry: EventRegistry = shopEvents) {}

  /**
   * Appends `envelope` once per destination. Validates it against its contract first (an invalid event
   * fails the transaction, not every consumer) and, when the envelope has no trace context, records
   * the active span's so the relay's producer span continues this trace.
   */
  async append(
    manager: EntityManager,
    envelope: EventEnvelope,
    destinations: readonly EventDestination[],
  ): Promise<void> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) {
      throw new OutboxAppendError('OutboxWriter.append needs the EntityManager of an open transaction');
    }
    if (destinations.length === 0) throw new OutboxAppendError(`event ${envelope.id} has no destination`);
    const traceContext = envelope.traceContext ?? activeTraceContext();
    const stored: EventEnvelope = traceContext ? { ...envelope, traceContext } : envelope;
    const checked = parseEvent(stored, this.registry);
    if (!checked.ok) throw new OutboxAppendError(`event ${envelope.id} breaks its contract: ${checked.reason}`);
    const body = JSON.stringify(stored);
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEventEntity)
      .values(
        destinations.map((destination) => ({
          id: envelope.id,
          destination: destinationKey(destination),
          type: envelope.type,
          envelope: body,
          // The database clock, like every time the relays compare, so clock skew between hosts cannot
          // hold an event back or release it early.
          createdAt: () => 'UTC_TIMESTAMP(3)',
          nextAttemptAt: () => 'UTC_TIMESTAMP(3)',
          attempts: 0,
          publishedAt: null,
          lastError: null,
        })),
      )
      .execute();
    markOutboxAppended(queryRunner);
  }
}
