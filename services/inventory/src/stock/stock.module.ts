import { Module } from '@nestjs/common';
import { Clock, SystemClock } from '@shop/service-runtime';
import { Transactions } from '../shared/application/transactions';
import { TypeOrmTransactions } from '../shared/infrastructure/typeorm-transactions';
import { AdminStockController } from './admin-stock.controller';
import { AdjustStockUseCase } from './application/adjust-stock.use-case';
import { CreateStockItemUseCase } from './application/create-stock-item.use-case';
import { GetStockItemQuery } from './application/get-stock-item.query';
import { ListMovementsQuery } from './application/list-movements.query';
import { ListStockQuery } from './application/list-stock.query';
import { ReceiveStockUseCase } from './application/receive-stock.use-case';
import { SetLowStockThresholdUseCase } from './application/set-low-stock-threshold.use-case';
import { StockChangeRunner } from './application/stock-change-runner';
import { StockEvents } from './application/stock-events';
import { StockMetrics } from './application/stock-metrics';
import { StockLedger } from './domain/stock-ledger';
import { StockRepository } from './domain/stock.repository';
import { CatalogEventsConsumer } from './events/catalog-events.consumer';
import { TypeOrmStockLedger } from './infrastructure/typeorm-stock-ledger';
import { TypeOrmStockRepository } from './infrastructure/typeorm-stock.repository';
import { StorefrontStockController } from './storefront-stock.controller';

@Module({
  controllers: [StorefrontStockController, AdminStockController, CatalogEventsConsumer],
  providers: [
    { provide: StockRepository, useClass: TypeOrmStockRepository },
    { provide: StockLedger, useClass: TypeOrmStockLedger },
    { provide: Transactions, useClass: TypeOrmTransactions },
    { provide: Clock, useClass: SystemClock },
    StockEvents,
    StockMetrics,
    StockChangeRunner,
    ListStockQuery,
    GetStockItemQuery,
    ListMovementsQuery,
    ReceiveStockUseCase,
    AdjustStockUseCase,
    SetLowStockThresholdUseCase,
    CreateStockItemUseCase,
  ],
  exports: [StockLedger, StockEvents, StockMetrics, Transactions, Clock],
})
export class StockModule {}
