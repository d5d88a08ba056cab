import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import type { StockItem } from '../domain/stock-item';
import { DEFAULT_PAGE_SIZE, StockRepository, type Page } from '../domain/stock.repository';

export interface ListStockInput {
  readonly lowStock?: boolean;
  readonly q?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

export interface StockPage extends Page<StockItem> {
  readonly page: number;
  readonly pageSize: number;
}

/** Stock items by SKU, optionally only the low ones or those whose SKU starts with `q`. */
@Injectable()
export class ListStockQuery {
  constructor(private readonly stock: StockRepository) {}

  async execute(input: ListStockInput): Promise<StockPage> {
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE;
    const result = await this.stock.findPage({
      lowStockOnly: input.lowStock ?? false,
      ...(input.q === undefined ? {} : { skuPrefix: input.q }),
      page,
      pageSize,
    });
    annotateSpan({ [ShopAttributes.ResultCount]: result.items.length, [ShopAttributes.ResultTotal]: result.total });
    return { ...result, page, pageSize };
  }
}
