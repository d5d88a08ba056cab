import { Injectable } from '@nestjs/common';
import type { StockItem } from '../domain/stock-item';
import { StockChanges } from '../domain/stock-movement';
import { StockChangeRunner } from './stock-change-runner';

export interface AdjustmentInput {
  readonly delta: number;
  readonly reason: string;
}

/** Corrects a SKU's on-hand units with a reason; never below what is reserved for orders. */
@Injectable()
export class AdjustStockUseCase {
  constructor(private readonly runner: StockChangeRunner) {}

  execute(sku: string, input: AdjustmentInput, actor: string, correlationId: string): Promise<StockItem> {
    return this.runner.apply(sku, StockChanges.adjustment(input.delta, input.reason, actor), correlationId);
  }
}
