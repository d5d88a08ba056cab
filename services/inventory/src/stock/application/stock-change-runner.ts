import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { Transactions } from '../../shared/application/transactions';
import { assertSku } from '../domain/sku';
import type { StockItem } from '../domain/stock-item';
import { StockLedger } from '../domain/stock-ledger';
import { availableOf } from '../domain/stock-level';
import type { StockChange } from '../domain/stock-movement';
import { InsufficientStockError, StockItemNotFoundError } from '../domain/stock.errors';
import { StockEvents } from './stock-events';

/** Makes one operator's change to one SKU: the row, its movement and its events in one transaction. */
@Injectable()
export class StockChangeRunner {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: StockLedger,
    private readonly events: StockEvents,
    private readonly clock: Clock,
  ) {}

  async apply(sku: string, change: StockChange, correlationId: string): Promise<StockItem> {
    assertSku(sku);
    annotateSpan({ [ShopAttributes.StockSku]: sku });
    const at = this.clock.now();
    const outcome = await this.transactions.run(async (manager) => {
      const result = await this.ledger.apply(manager, sku, change, at);
      if (result.applied) await this.events.afterChanges(manager, [result.transition], correlationId, at);
      return result;
    });
    if (!outcome.applied) {
      if (outcome.reason === 'unknown-sku') throw new StockItemNotFoundError(sku);
      throw new InsufficientStockError(sku, outcome.available);
    }
    annotateSpan({ [ShopAttributes.StockAvailable]: availableOf(outcome.item) });
    return outcome.item;
  }
}
