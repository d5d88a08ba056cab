import { Injectable } from '@nestjs/common';
import {
  createEnvelope,
  OrderCancelledV1,
  OrderConfirmedV1,
  OrderPlacedV1,
  OrderRejectedV1,
  type EventEnvelope,
} from '@shop/contracts';
import { type EventDestination, OutboxWriter } from '@shop/event-bus';
import { customerIdOf, type Order } from '../domain/order';
import type { InSameTransaction } from '../domain/order.repository';

/** Order events go to the order topic (inventory, cart) and the shop's bus (notifications, audit). */
export const ORDER_EVENT_DESTINATIONS: readonly EventDestination[] = [
  { kind: 'sns', topic: 'order-events' },
  { kind: 'eventbridge', bus: 'shop-events' },
];

/**
 * Builds the events of the order saga (validated against their contracts at once) and appends them to
 * the outbox in the transaction of the change they report.
 */
@Injectable()
export class OrderEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  placed(order: Order, reserveUntil: Date, correlationId: string): InSameTransaction {
    const data = {
      orderId: order.id,
      cartId: order.cartId,
      customer: customerOf(order),
      lines: order.lines.map(({ productId, sku, name, quantity, unitPrice }) => ({
        productId,
        sku,
        name,
        quantity,
        unitPrice,
      })),
      total: order.total,
      reserveUntil: reserveUntil.toISOString(),
    };
    return this.appending(createEnvelope(OrderPlacedV1, data, { correlationId, time: order.createdAt }));
  }

  confirmed(order: Order, correlationId: string): InSameTransaction {
    const data = { orderId: order.id, cartId: order.cartId, customer: customerOf(order), total: order.total };
    return this.appending(createEnvelope(OrderConfirmedV1, data, { correlationId, time: order.updatedAt }));
  }

  rejected(order: Order, correlationId: string): InSameTransaction {
    if (order.rejectionReason === null) throw new Error(`order ${order.id} was rejected without a reason`);
    const data = {
      orderId: order.id,
      cartId: order.cartId,
      customer: customerOf(order),
      reason: order.rejectionReason,
    };
    return this.appending(createEnvelope(OrderRejectedV1, data, { correlationId, time: order.updatedAt }));
  }

  cancelled(order: Order, correlationId: string): InSameTransaction {
    const data = { orderId: order.id, customer: customerOf(order) };
    return this.appending(createEnvelope(OrderCancelledV1, data, { correlationId, time: order.updatedAt }));
  }

  private appending(envelope: EventEnvelope): InSameTransaction {
    return (manager) => this.outbox.append(manager, envelope, ORDER_EVENT_DESTINATIONS);
  }
}

function customerOf(order: Order) {
  return { customerId: customerIdOf(order), email: order.email };
}
