import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { assertSku } from '../domain/sku';
import type { StockItem } from '../domain/stock-item';
import { availableOf } from '../domain/stock-level';
import { StockItemNotFoundError } from '../domain/stock.errors';
import { StockRepository } from '../domain/stock.repository';

/** One SKU's stock; for operators in full, for the storefront as available units and a status. */
@Injectable()
export class GetStockItemQuery {
  constructor(private readonly stock: StockRepository) {}

  async execute(sku: string): Promise<StockItem> {
    assertSku(sku);
    const item = await this.stock.findBySku(sku);
    if (item === null) throw new StockItemNotFoundError(sku);
    annotateSpan({ [ShopAttributes.StockSku]: sku, [ShopAttributes.StockAvailable]: availableOf(item) });
    return item;
  }
}
