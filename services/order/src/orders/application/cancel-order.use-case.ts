import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import type { Order } from '../domain/order';
import { ownerKey, type OrderOwner } from '../domain/order-owner';
import { canTransition } from '../domain/order-status';
import { OrderRepository } from '../domain/order.repository';
import { OrderNotCancellableError, OrderNotFoundError } from '../domain/order.errors';
import { OrderEvents } from './order-events';
import { OrderTelemetry } from './order-telemetry';

/** The owner cancels a CONFIRMED order: CANCELLED and `order.cancelled.v1`, so inventory restocks. */
@Injectable()
export class CancelOrderUseCase {
  constructor(
    private readonly orders: OrderRepository,
    private readonly events: OrderEvents,
    private readonly telemetry: OrderTelemetry,
    private readonly clock: Clock,
  ) {}

  async execute(owner: OrderOwner, orderId: string, correlationId: string): Promise<Order> {
    const order = await this.orders.findOwned(ownerKey(owner), orderId);
    if (order === null) throw new OrderNotFoundError(orderId);
    this.telemetry.annotate(order);
    if (!canTransition(order.status, 'CANCELLED')) throw new OrderNotCancellableError(order.id, order.status);

    const outcome = await this.orders.transition({ orderId, to: 'CANCELLED', now: this.clock.now() }, (cancelled) =>
      this.events.cancelled(cancelled, correlationId),
    );
    if (!outcome.changed) {
      // Another request moved it between the read and the conditional update.
      const current = await this.orders.findById(orderId);
      throw new OrderNotCancellableError(orderId, current?.status ?? order.status);
    }
    this.telemetry.cancelled(outcome.order);
    return outcome.order;
  }
}
