import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import type { EntityManager } from 'typeorm';
import { Clock } from '@shop/service-runtime';
import { StockLedger } from '../domain/stock-ledger';
import { StockEvents } from './stock-events';

export interface NewProduct {
  readonly productId: string;
  readonly sku: string;
}

/**
 * A product exists in the catalog: its SKU gets a stock item with nothing on hand, unless it has one
 * (the seed makes them before the catalog's events arrive), which then learns its product id.
 */
@Injectable()
export class CreateStockItemUseCase {
  constructor(
    private readonly ledger: StockLedger,
    private readonly events: StockEvents,
    private readonly clock: Clock,
  ) {}

  /** In the caller's transaction (the inbox's), so a redelivered event changes nothing. */
  async execute(manager: EntityManager, product: NewProduct, correlationId: string): Promise<boolean> {
    annotateSpan({ [ShopAttributes.StockSku]: product.sku, [ShopAttributes.ProductId]: product.productId });
    const created = await this.ledger.createIfMissing(manager, product.sku, product.productId, this.clock.now());
    if (created !== undefined) await this.events.created(manager, created, correlationId);
    return created !== undefined;
  }
}
