import { type DynamicModule, Module } from '@nestjs/common';
import { StockModule } from '../stock/stock.module';
import { ReleaseExpiredReservationsUseCase } from './application/release-expired-reservations.use-case';
import { ReleaseOrderStockUseCase } from './application/release-order-stock.use-case';
import { ReservationEvents } from './application/reservation-events';
import { ReservationSweeper, SWEEP_INTERVAL_MS } from './application/reservation-sweeper';
import { ReserveOrderStockUseCase } from './application/reserve-order-stock.use-case';
import { SellOrderStockUseCase } from './application/sell-order-stock.use-case';
import { SettleReservations } from './application/settle-reservations';
import { ReservationRepository } from './domain/reservation.repository';
import { OrderEventsConsumer } from './events/order-events.consumer';
import { TypeOrmReservationRepository } from './infrastructure/typeorm-reservation.repository';

export interface ReservationsOptions {
  /** How often reservations past their time are released. */
  readonly sweepIntervalMs: number;
}

@Module({})
export class ReservationsModule {
  static register(options: ReservationsOptions): DynamicModule {
    return {
      module: ReservationsModule,
      imports: [StockModule],
      controllers: [OrderEventsConsumer],
      providers: [
        { provide: ReservationRepository, useClass: TypeOrmReservationRepository },
        { provide: SWEEP_INTERVAL_MS, useValue: options.sweepIntervalMs },
        ReservationEvents,
        SettleReservations,
        ReserveOrderStockUseCase,
        SellOrderStockUseCase,
        ReleaseOrderStockUseCase,
        ReleaseExpiredReservationsUseCase,
        ReservationSweeper,
      ],
    };
  }
}
