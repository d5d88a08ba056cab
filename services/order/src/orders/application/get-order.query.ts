import { Injectable } from '@nestjs/common';
import type { Order } from '../domain/order';
import { ownerKey, type OrderOwner } from '../domain/order-owner';
import { OrderRepository } from '../domain/order.repository';
import { OrderNotFoundError } from '../domain/order.errors';
import { OrderTelemetry } from './order-telemetry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One order: the owner's own (anyone else's is "not found", whatever the id), or any for operators. */
@Injectable()
export class GetOrderQuery {
  constructor(
    private readonly orders: OrderRepository,
    private readonly telemetry: OrderTelemetry,
  ) {}

  async own(owner: OrderOwner, orderId: string): Promise<Order> {
    return this.found(orderId, UUID.test(orderId) ? await this.orders.findOwned(ownerKey(owner), orderId) : null);
  }

  async admin(orderId: string): Promise<Order> {
    return this.found(orderId, UUID.test(orderId) ? await this.orders.findById(orderId) : null);
  }

  private found(orderId: string, order: Order | null): Order {
    if (order === null) throw new OrderNotFoundError(orderId);
    this.telemetry.annotate(order);
    return order;
  }
}
