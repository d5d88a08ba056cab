import { Module } from '@nestjs/common';
import { RecordStockStatusUseCase } from './application/record-stock-status.use-case';
import { StockStatusRepository } from './domain/stock-status.repository';
import { StockStatusChangedHandler } from './events/stock-status-changed.handler';
import { TypeOrmStockStatusRepository } from './infrastructure/typeorm-stock-status.repository';

/**
 * Stock status on product pages (CUS-04), from inventory's events rather than a call per request. The
 * handler runs when the process consumes `catalog-inventory-events` (main.ts); products read the
 * statuses by joining `stock_statuses` on the SKU.
 */
@Module({
  controllers: [StockStatusChangedHandler],
  providers: [RecordStockStatusUseCase, { provide: StockStatusRepository, useClass: TypeOrmStockStatusRepository }],
})
export class StockModule {}
