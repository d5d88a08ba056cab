import { Payload } from '@nestjs/microservices';
import { Public } from '@shop/auth';
import { StockStatusChangedV1, type EnvelopeOf } from '@shop/contracts';
import { EventConsumer, HandleEvent } from '@shop/event-bus';
import { RecordStockStatusUseCase } from '../application/record-stock-status.use-case';

/** Inventory's stock status changes (queue `catalog-inventory-events`), kept for the product pages. */
// Messages carry no bearer token: the global auth guard must let them through (see AuthGuard).
@Public()
@EventConsumer()
export class StockStatusChangedHandler {
  constructor(private readonly recordStockStatus: RecordStockStatusUseCase) {}

  @HandleEvent(StockStatusChangedV1)
  async onStockStatusChanged(@Payload() event: EnvelopeOf<typeof StockStatusChangedV1>): Promise<void> {
    const { sku, status, asOf } = event.data;
    await this.recordStockStatus.execute(event.id, { sku, status, asOf: new Date(asOf) });
  }
}
