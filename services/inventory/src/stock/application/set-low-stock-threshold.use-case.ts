import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { Transactions } from '../../shared/application/transactions';
import { assertSku } from '../domain/sku';
import { MAX_LOW_STOCK_THRESHOLD, type StockItem } from '../domain/stock-item';
import { StockLedger } from '../domain/stock-ledger';
import { InvalidStockChangeError, StockItemNotFoundError } from '../domain/stock.errors';
import { StockEvents } from './stock-events';

/** Sets the level at or below which a SKU counts as low; the status events follow if it moved. */
@Injectable()
export class SetLowStockThresholdUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: StockLedger,
    private readonly events: StockEvents,
    private readonly clock: Clock,
  ) {}

  async execute(sku: string, threshold: number, correlationId: string): Promise<StockItem> {
    assertSku(sku);
    if (!Number.isSafeInteger(threshold) || threshold < 0 || threshold > MAX_LOW_STOCK_THRESHOLD) {
      throw new InvalidStockChangeError(
        `lowStockThreshold must be a whole number from 0 to ${MAX_LOW_STOCK_THRESHOLD}`,
      );
    }
    annotateSpan({ [ShopAttributes.StockSku]: sku });
    const at = this.clock.now();
    const applied = await this.transactions.run(async (manager) => {
      const result = await this.ledger.setThreshold(manager, sku, threshold, at);
      if (result !== undefined) await this.events.afterChanges(manager, [result.transition], correlationId, at);
      return result;
    });
    if (applied === undefined) throw new StockItemNotFoundError(sku);
    return applied.item;
  }
}
