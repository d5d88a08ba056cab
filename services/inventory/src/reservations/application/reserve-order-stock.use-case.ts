import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@shop/service-runtime';
import { StockEvents } from '../../stock/application/stock-events';
import { StockLedger, type AppliedChange } from '../../stock/domain/stock-ledger';
import { StockChanges } from '../../stock/domain/stock-movement';
import {
  failureReasonOf,
  reservationLines,
  type ReservationFailureReason,
  type ReservationLine,
  type Shortage,
} from '../domain/reservation';
import { ReservationRepository } from '../domain/reservation.repository';
import { ReservationEvents } from './reservation-events';

export interface OrderToReserve {
  readonly orderId: string;
  readonly lines: readonly ReservationLine[];
  readonly reserveUntil: Date;
}

export type ReservationResult =
  | { readonly outcome: 'reserved'; readonly lines: readonly ReservationLine[] }
  | { readonly outcome: 'failed'; readonly reason: ReservationFailureReason; readonly shortages: readonly Shortage[] }
  /** The order already has reservations (a second OrderPlaced for it): nothing changed, nothing sent. */
  | { readonly outcome: 'already-reserved' };

/** Thrown inside the savepoint to undo the lines reserved before the one that fell short. */
class Shortfall extends Error {
  constructor(readonly shortages: readonly Shortage[]) {
    super('an order line could not be reserved');
  }
}

/**
 * Reserves every line of an order or none, and answers StockReserved or StockReservationFailed in the
 * same transaction. Each line is one guarded UPDATE (StockLedger.apply) in SKU order; if any falls
 * short, a savepoint undoes the others, so the order holds nothing.
 */
@Injectable()
export class ReserveOrderStockUseCase {
  constructor(
    private readonly ledger: StockLedger,
    private readonly reservations: ReservationRepository,
    private readonly stockEvents: StockEvents,
    private readonly events: ReservationEvents,
    private readonly clock: Clock,
  ) {}

  /** In the caller's transaction (the inbox's). */
  async execute(manager: EntityManager, order: OrderToReserve, correlationId: string): Promise<ReservationResult> {
    // Two OrderPlaced events for one order racing past this check cannot both commit: the second's
    // reservation rows collide on the primary key and its whole transaction rolls back.
    if (await this.reservations.existsForOrder(manager, order.orderId)) return { outcome: 'already-reserved' };
    const lines = reservationLines(order.lines);
    const at = this.clock.now();
    let applied: AppliedChange[];
    try {
      applied = await manager.transaction((savepoint) => this.reserveAll(savepoint, order, lines, at));
    } catch (error) {
      if (!(error instanceof Shortfall)) throw error;
      const reason = failureReasonOf(error.shortages);
      await this.events.failed(manager, order.orderId, reason, error.shortages, correlationId);
      return { outcome: 'failed', reason, shortages: error.shortages };
    }
    await this.stockEvents.afterChanges(
      manager,
      applied.map((change) => change.transition),
      correlationId,
      at,
    );
    await this.events.reserved(manager, order.orderId, lines, order.reserveUntil, correlationId);
    return { outcome: 'reserved', lines };
  }

  private async reserveAll(
    manager: EntityManager,
    order: OrderToReserve,
    lines: readonly ReservationLine[],
    at: Date,
  ): Promise<AppliedChange[]> {
    const applied: AppliedChange[] = [];
    const shortages: Shortage[] = [];
    for (const { sku, quantity } of lines) {
      const outcome = await this.ledger.apply(manager, sku, StockChanges.reservation(order.orderId, quantity), at);
      if (outcome.applied) applied.push(outcome);
      else {
        shortages.push({
          sku,
          requested: quantity,
          available: outcome.reason === 'insufficient' ? outcome.available : 0,
          unknownSku: outcome.reason === 'unknown-sku',
        });
      }
    }
    if (shortages.length > 0) throw new Shortfall(shortages);
    await this.reservations.insert(
      manager,
      lines.map(({ sku, quantity }) => ({
        orderId: order.orderId,
        sku,
        quantity,
        status: 'RESERVED' as const,
        reservedUntil: order.reserveUntil,
      })),
      at,
    );
    return applied;
  }
}
