import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StockChanges } from '../../stock/domain/stock-movement';
import { SettleReservations } from './settle-reservations';

/** The order was confirmed: its held units leave the shelf (on hand and reserved both go down). */
@Injectable()
export class SellOrderStockUseCase {
  constructor(private readonly settle: SettleReservations) {}

  /** Returns how many reservations were sold; 0 when none was held (already sold, released or expired). */
  execute(manager: EntityManager, orderId: string, correlationId: string): Promise<number> {
    return this.settle.execute(
      manager,
      orderId,
      (reservation) =>
        reservation.status === 'RESERVED'
          ? { change: StockChanges.sale(orderId, reservation.quantity), status: 'SOLD' }
          : undefined,
      correlationId,
    );
  }
}
