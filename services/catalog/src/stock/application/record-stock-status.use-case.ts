import { Injectable, Logger } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import type { RecordOutcome, StockStatusReport } from '../domain/stock-status';
import { StockStatusRepository } from '../domain/stock-status.repository';

/** Keeps what inventory last said about a SKU's stock, for the product pages to show without asking. */
@Injectable()
export class RecordStockStatusUseCase {
  private readonly logger = new Logger(RecordStockStatusUseCase.name);

  constructor(private readonly statuses: StockStatusRepository) {}

  async execute(eventId: string, report: StockStatusReport): Promise<RecordOutcome> {
    annotateSpan({ [ShopAttributes.StockSku]: report.sku });
    const outcome = await this.statuses.record(eventId, report);
    this.logger.log({
      msg: outcome === 'recorded' ? 'stock status recorded' : `stock status ignored (${outcome})`,
      sku: report.sku,
      status: report.status,
      asOf: report.asOf.toISOString(),
      eventId,
      outcome,
    });
    return outcome;
  }
}
