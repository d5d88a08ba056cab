import { Injectable } from '@nestjs/common';
import { createEnvelope, StockReservationFailedV1, StockReservedV1 } from '@shop/contracts';
import { type EventDestination, OutboxWriter } from '@shop/event-bus';
import type { EntityManager } from 'typeorm';
import type { ReservationFailureReason, ReservationLine, Shortage } from '../domain/reservation';

/** The answer to an order goes to inventory's topic (the order service's queue) and the shop's bus. */
export const RESERVATION_EVENT_DESTINATIONS: readonly EventDestination[] = [
  { kind: 'sns', topic: 'inventory-events' },
  { kind: 'eventbridge', bus: 'shop-events' },
];

/** Appends inventory's answer to an order to the outbox, in the transaction that reserved or refused it. */
@Injectable()
export class ReservationEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  async reserved(
    manager: EntityManager,
    orderId: string,
    lines: readonly ReservationLine[],
    reservedUntil: Date,
    correlationId: string,
  ): Promise<void> {
    const envelope = createEnvelope(
      StockReservedV1,
      {
        orderId,
        lines: lines.map(({ sku, quantity }) => ({ sku, quantity })),
        reservedUntil: reservedUntil.toISOString(),
      },
      { correlationId },
    );
    await this.outbox.append(manager, envelope, RESERVATION_EVENT_DESTINATIONS);
  }

  async failed(
    manager: EntityManager,
    orderId: string,
    reason: ReservationFailureReason,
    shortages: readonly Shortage[],
    correlationId: string,
  ): Promise<void> {
    const envelope = createEnvelope(
      StockReservationFailedV1,
      {
        orderId,
        reason,
        shortages: shortages.map(({ sku, requested, available }) => ({
          sku,
          requested,
          available: Math.max(available, 0),
        })),
      },
      { correlationId },
    );
    await this.outbox.append(manager, envelope, RESERVATION_EVENT_DESTINATIONS);
  }
}
