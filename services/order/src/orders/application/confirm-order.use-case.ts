import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { OrderRepository } from '../domain/order.repository';
import type { InventoryEventCause } from './inventory-event-cause';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';

/** Inventory reserved the order's stock: PENDING -> CONFIRMED and `order.confirmed.v1`, once per event. */
@Injectable()
export class ConfirmOrderUseCase {
  static readonly consumer = 'order.confirm-on-stock-reserved';

  constructor(
    private readonly orders: OrderRepository,
    private readonly events: OrderEvents,
    private readonly telemetry: OrderTelemetry,
    private readonly clock: Clock,
  ) {}

  /** Resolves true when the order moved; false when it was not PENDING (late or repeated news). */
  async execute(orderId: string, cause: InventoryEventCause): Promise<boolean> {
    const outcome = await this.orders.transition(
      { orderId, to: 'CONFIRMED', now: this.clock.now() },
      (order) => this.events.confirmed(order, cause.correlationId),
      { consumer: ConfirmOrderUseCase.consumer, eventId: cause.eventId },
    );
    if (outcome.changed) this.telemetry.confirmed(outcome.order);
    return outcome.changed;
  }
}
