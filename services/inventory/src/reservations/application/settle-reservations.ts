import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@shop/service-runtime';
import { StockEvents } from '../../stock/application/stock-events';
import { StockLedger } from '../../stock/domain/stock-ledger';
import type { StockTransition } from '../../stock/domain/stock-level';
import type { StockChange } from '../../stock/domain/stock-movement';
import type { Reservation, ReservationStatus } from '../domain/reservation';
import { ReservationRepository } from '../domain/reservation.repository';

/** What becomes of one of an order's reservations: the stock change to make and its new status. */
export interface Settlement {
  readonly change: StockChange;
  readonly status: ReservationStatus;
}

/**
 * Settles an order's reservations in the caller's transaction: locks them (so a confirmation and the
 * expiry sweeper cannot both act on one), asks `decide` what to do with each, applies the stock
 * changes in SKU order with their movements and events. Returns how many reservations it settled.
 */
@Injectable()
export class SettleReservations {
  constructor(
    private readonly ledger: StockLedger,
    private readonly reservations: ReservationRepository,
    private readonly stockEvents: StockEvents,
    private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    orderId: string,
    decide: (reservation: Reservation) => Settlement | undefined,
    correlationId: string,
  ): Promise<number> {
    const at = this.clock.now();
    const settled = new Map<ReservationStatus, string[]>();
    const transitions: StockTransition[] = [];
    for (const reservation of await this.reservations.lockByOrder(manager, orderId)) {
      const settlement = decide(reservation);
      if (settlement === undefined) continue;
      const outcome = await this.ledger.apply(manager, reservation.sku, settlement.change, at);
      // The reservation's units are on the row (they were reserved with it), so only a broken invariant
      // gets here; failing leaves the message to be retried and then dead-lettered with this reason.
      if (!outcome.applied) {
        throw new Error(
          `stock of ${reservation.sku} does not cover order ${orderId}'s reservation (${outcome.reason})`,
        );
      }
      transitions.push(outcome.transition);
      settled.set(settlement.status, [...(settled.get(settlement.status) ?? []), reservation.sku]);
    }
    for (const [status, skus] of settled) await this.reservations.setStatus(manager, orderId, skus, status, at);
    await this.stockEvents.afterChanges(manager, transitions, correlationId, at);
    return transitions.length;
  }
}
