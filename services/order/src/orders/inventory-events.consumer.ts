import { Payload } from '@nestjs/microservices';
import { Public } from '@shop/auth';
import { StockReservationFailedV1, StockReservedV1, type EnvelopeOf } from '@shop/contracts';
import { EventConsumer, HandleEvent } from '@shop/event-bus';
import { ConfirmOrderUseCase } from './application/confirm-order.use-case';
import { RejectOrderUseCase } from './application/reject-order.use-case';

/** Inventory's answers to `order.placed.v1`, from the queue `order-inventory-events`. */
@Public()
@EventConsumer()
export class InventoryEventsConsumer {
  constructor(
    private readonly confirmOrder: ConfirmOrderUseCase,
    private readonly rejectOrder: RejectOrderUseCase,
  ) {}

  @HandleEvent(StockReservedV1)
  async onStockReserved(@Payload() event: EnvelopeOf<typeof StockReservedV1>): Promise<void> {
    await this.confirmOrder.execute(event.data.orderId, { eventId: event.id, correlationId: event.correlationId });
  }

  @HandleEvent(StockReservationFailedV1)
  async onStockReservationFailed(@Payload() event: EnvelopeOf<typeof StockReservationFailedV1>): Promise<void> {
    await this.rejectOrder.execute(event.data.orderId, event.data.reason, {
      eventId: event.id,
      correlationId: event.correlationId,
    });
  }
}
