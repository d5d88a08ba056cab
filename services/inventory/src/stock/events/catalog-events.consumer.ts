import { Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ProductArchivedV1, ProductCreatedV1, type EnvelopeOf } from '@shop/contracts';
import { EventConsumer, HandleEvent } from '@shop/event-bus';
import { Transactions } from '../../shared/application/transactions';
import { CreateStockItemUseCase } from '../application/create-stock-item.use-case';

/** Product lifecycle events from queue `inventory-catalog-events`. */
@EventConsumer()
export class CatalogEventsConsumer {
  private readonly logger = new Logger(CatalogEventsConsumer.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly createStockItem: CreateStockItemUseCase,
  ) {}

  @HandleEvent(ProductCreatedV1)
  async onProductCreated(@Payload() event: EnvelopeOf<typeof ProductCreatedV1>): Promise<void> {
    const { productId, sku } = event.data;
    const outcome = await this.transactions.runOnce('inventory.product-created', event.id, (manager) =>
      this.createStockItem.execute(manager, { productId, sku }, event.correlationId),
    );
    this.logger.log({
      msg: outcome.handled ? (outcome.result ? 'stock item created' : 'stock item existed') : 'duplicate event skipped',
      sku,
      productId,
    });
  }

  // An archived product is no longer sold, but its stock stays: open orders may still be confirmed or
  // cancelled against it, and the catalog no longer offers it, so nothing new reserves it.
  @HandleEvent(ProductArchivedV1)
  onProductArchived(@Payload() event: EnvelopeOf<typeof ProductArchivedV1>): void {
    this.logger.log({
      msg: 'product archived; its stock is kept',
      sku: event.data.sku,
      productId: event.data.productId,
    });
  }
}
