import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import type { RejectionReason } from '../domain/order-status';
import { OrderRepository } from '../domain/order.repository';
import type { InventoryEventCause } from './inventory-event-cause';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';

/**
 * PENDING -> REJECTED with a reason and `order.rejected.v1` (inventory releases whatever it holds): when
 * inventory could not reserve the stock (once per event), or when the order expired waiting.
 */
@Injectable()
export class RejectOrderUseCase {
  static readonly consumer = 'order.reject-on-reservation-failed';

  constructor(
    private readonly orders: OrderRepository,
    private readonly events: OrderEvents,
    private readonly telemetry: OrderTelemetry,
    private readonly clock: Clock,
  ) {}

  /**
   * `cause`: the inventory event that reported the failure, or, for an expiry, the correlation id alone.
   * Resolves true when the order moved; false when it was not PENDING.
   */
  async execute(
    orderId: string,
    reason: RejectionReason,
    cause: InventoryEventCause | { readonly correlationId: string },
  ): Promise<boolean> {
    const outcome = await this.orders.transition(
      { orderId, to: 'REJECTED', rejectionReason: reason, now: this.clock.now() },
      (order) => this.events.rejected(order, cause.correlationId),
      'eventId' in cause ? { consumer: RejectOrderUseCase.consumer, eventId: cause.eventId } : undefined,
    );
    if (outcome.changed) this.telemetry.rejected(outcome.order);
    return outcome.changed;
  }
}
