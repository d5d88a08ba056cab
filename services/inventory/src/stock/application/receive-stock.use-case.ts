import { Injectable } from '@nestjs/common';
import type { StockItem } from '../domain/stock-item';
import { StockChanges } from '../domain/stock-movement';
import { StockChangeRunner } from './stock-change-runner';

export interface ReceiptInput {
  readonly quantity: number;
  readonly note?: string;
}

/** Goods arrived for a SKU: on hand goes up, the ledger says who received how many and why. */
@Injectable()
export class ReceiveStockUseCase {
  constructor(private readonly runner: StockChangeRunner) {}

  execute(sku: string, input: ReceiptInput, actor: string, correlationId: string): Promise<StockItem> {
    return this.runner.apply(sku, StockChanges.receipt(input.quantity, input.note, actor), correlationId);
  }
}
