import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { Transactions } from '../../shared/application/transactions';
import { ReservationRepository } from '../domain/reservation.repository';
import { ReleaseOrderStockUseCase } from './release-order-stock.use-case';

// Orders handled per sweep; the next sweep takes the rest.
const ORDERS_PER_SWEEP = 100;

/** Releases the stock of orders whose reservations outlived their time: abandoned orders block nothing. */
@Injectable()
export class ReleaseExpiredReservationsUseCase {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly release: ReleaseOrderStockUseCase,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Returns how many reservations it released. One transaction per order. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    let released = 0;
    for (const orderId of await this.reservations.findExpiredOrderIds(now, ORDERS_PER_SWEEP)) {
      released += await this.transactions.run((manager) =>
        this.release.execute(manager, orderId, { kind: 'expired', now }, randomUUID()),
      );
    }
    return released;
  }
}
