import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { assertSku } from '../domain/sku';
import type { StockMovement } from '../domain/stock-movement';
import { StockItemNotFoundError } from '../domain/stock.errors';
import { DEFAULT_PAGE_SIZE, StockRepository, type Page } from '../domain/stock.repository';

export interface MovementPage extends Page<StockMovement> {
  readonly page: number;
  readonly pageSize: number;
}

/** A SKU's ledger, newest first: who changed what, when and why. */
@Injectable()
export class ListMovementsQuery {
  constructor(private readonly stock: StockRepository) {}

  async execute(sku: string, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<MovementPage> {
    assertSku(sku);
    annotateSpan({ [ShopAttributes.StockSku]: sku });
    if ((await this.stock.findBySku(sku)) === null) throw new StockItemNotFoundError(sku);
    const result = await this.stock.findMovements(sku, { page, pageSize });
    return { ...result, page, pageSize };
  }
}
