import { Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrderCancelledV1, OrderConfirmedV1, OrderPlacedV1, OrderRejectedV1, type EnvelopeOf } from '@shop/contracts';
import { EventConsumer, HandleEvent } from '@shop/event-bus';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Transactions } from '../../shared/application/transactions';
import { StockMetrics } from '../../stock/application/stock-metrics';
import { ReleaseOrderStockUseCase } from '../application/release-order-stock.use-case';
import { ReserveOrderStockUseCase } from '../application/reserve-order-stock.use-case';
import { SellOrderStockUseCase } from '../application/sell-order-stock.use-case';

/** The order saga's events from queue `inventory-order-events`; each handled once (inbox). */
@EventConsumer()
export class OrderEventsConsumer {
  private readonly logger = new Logger(OrderEventsConsumer.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly reserveOrder: ReserveOrderStockUseCase,
    private readonly sellOrder: SellOrderStockUseCase,
    private readonly releaseOrder: ReleaseOrderStockUseCase,
    private readonly metrics: StockMetrics,
  ) {}

  @HandleEvent(OrderPlacedV1)
  async onOrderPlaced(@Payload() event: EnvelopeOf<typeof OrderPlacedV1>): Promise<void> {
    const { orderId, lines, reserveUntil } = event.data;
    annotateSpan({ [ShopAttributes.OrderId]: orderId, [ShopAttributes.OrderLineCount]: lines.length });
    const order = { orderId, lines, reserveUntil: new Date(reserveUntil) };
    const handled = await this.transactions.runOnce('inventory.order-placed', event.id, (manager) =>
      this.reserveOrder.execute(manager, order, event.correlationId),
    );
    if (!handled.handled) {
      this.logger.log({ msg: 'duplicate event skipped', orderId, eventId: event.id });
      return;
    }
    const result = handled.result;
    if (result.outcome === 'failed') {
      this.metrics.reservationFailed(result.reason);
      annotateSpan({ [ShopAttributes.RejectionReason]: result.reason });
      this.logger.log({
        msg: 'order could not be reserved',
        orderId,
        reason: result.reason,
        shortages: result.shortages,
      });
    } else {
      this.logger.log({ msg: result.outcome === 'reserved' ? 'order reserved' : 'order already reserved', orderId });
    }
  }

  @HandleEvent(OrderConfirmedV1)
  async onOrderConfirmed(@Payload() event: EnvelopeOf<typeof OrderConfirmedV1>): Promise<void> {
    const { orderId } = event.data;
    annotateSpan({ [ShopAttributes.OrderId]: orderId });
    const handled = await this.transactions.runOnce('inventory.order-confirmed', event.id, (manager) =>
      this.sellOrder.execute(manager, orderId, event.correlationId),
    );
    if (handled.handled && handled.result === 0) {
      // The reservation expired (or was released) before the confirmation arrived: nothing to sell from.
      this.logger.warn({ msg: 'confirmed order holds no reserved stock', orderId });
    } else if (handled.handled) {
      this.logger.log({ msg: 'order stock sold', orderId, reservations: handled.result });
    }
  }

  @HandleEvent(OrderRejectedV1)
  async onOrderRejected(@Payload() event: EnvelopeOf<typeof OrderRejectedV1>): Promise<void> {
    await this.release(event.id, event.data.orderId, 'rejected', event.correlationId, 'inventory.order-rejected');
  }

  @HandleEvent(OrderCancelledV1)
  async onOrderCancelled(@Payload() event: EnvelopeOf<typeof OrderCancelledV1>): Promise<void> {
    await this.release(event.id, event.data.orderId, 'cancelled', event.correlationId, 'inventory.order-cancelled');
  }

  private async release(
    eventId: string,
    orderId: string,
    kind: 'rejected' | 'cancelled',
    correlationId: string,
    consumer: string,
  ): Promise<void> {
    annotateSpan({ [ShopAttributes.OrderId]: orderId });
    const handled = await this.transactions.runOnce(consumer, eventId, (manager) =>
      this.releaseOrder.execute(manager, orderId, { kind }, correlationId),
    );
    if (handled.handled)
      this.logger.log({ msg: `order ${kind}; stock given back`, orderId, reservations: handled.result });
  }
}
