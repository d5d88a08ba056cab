import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inbox } from '@shop/event-bus';
import { DataSource } from 'typeorm';
import type { RecordOutcome, StockStatusReport } from '../domain/stock-status';
import { StockStatusRepository } from '../domain/stock-status.repository';
import { StockStatusEntity } from './stock-status.entity';

/** Names this consumer in the inbox. */
export const STOCK_STATUS_CONSUMER = 'catalog.stock-status';

// One statement, so two reports on one SKU at once cannot both pass a check and race: the row lock of
// the duplicate key orders them. `status` is assigned before `as_of`, so it compares with the old as_of.
const UPSERT_IF_NEWER =
  'INSERT INTO `stock_statuses` (`sku`, `status`, `as_of`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE ' +
  '`status` = IF(`as_of` < ?, ?, `status`), `as_of` = GREATEST(`as_of`, ?)';

@Injectable()
export class TypeOrmStockStatusRepository extends StockStatusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async record(eventId: string, { sku, status, asOf }: StockStatusReport): Promise<RecordOutcome> {
    const outcome = await Inbox.handleOnce(this.dataSource, STOCK_STATUS_CONSUMER, eventId, async (manager) => {
      await manager.query(UPSERT_IF_NEWER, [sku, status, asOf, asOf, status, asOf]);
      // Read back in the same transaction (the row is locked by now): did this report win?
      const stored = await manager.findOneByOrFail(StockStatusEntity, { sku });
      return stored.asOf.getTime() === asOf.getTime() && stored.status === status ? 'recorded' : 'stale';
    });
    return outcome.handled ? outcome.result : 'duplicate';
  }
}
