import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StockChanges, SYSTEM_ACTORS } from '../../stock/domain/stock-movement';
import type { Reservation } from '../domain/reservation';
import { SettleReservations, type Settlement } from './settle-reservations';

export type ReleaseCause =
  /** The order was rejected: whatever it still holds goes back to available. */
  | { readonly kind: 'rejected' }
  /** The customer cancelled: held units are released, sold ones come back on the shelf. */
  | { readonly kind: 'cancelled' }
  /** The order never completed: reservations past their time (as of `now`) are released. */
  | { readonly kind: 'expired'; readonly now: Date };

/** Gives an order's stock back: releases what it holds and, on cancellation, restocks what it bought. */
@Injectable()
export class ReleaseOrderStockUseCase {
  constructor(private readonly settle: SettleReservations) {}

  /** Returns how many reservations it settled. */
  execute(manager: EntityManager, orderId: string, cause: ReleaseCause, correlationId: string): Promise<number> {
    return this.settle.execute(manager, orderId, (reservation) => settlementFor(reservation, cause), correlationId);
  }
}

function settlementFor(reservation: Reservation, cause: ReleaseCause): Settlement | undefined {
  const { orderId, quantity } = reservation;
  if (reservation.status === 'RESERVED') {
    if (cause.kind === 'expired') {
      if (reservation.reservedUntil > cause.now) return undefined;
      return {
        change: StockChanges.release(orderId, quantity, SYSTEM_ACTORS.expiry, 'reservation expired'),
        status: 'RELEASED',
      };
    }
    return {
      change: StockChanges.release(orderId, quantity, SYSTEM_ACTORS.saga, `order ${cause.kind}`),
      status: 'RELEASED',
    };
  }
  if (reservation.status === 'SOLD' && cause.kind === 'cancelled') {
    return { change: StockChanges.restock(orderId, quantity), status: 'RELEASED' };
  }
  return undefined;
}
