import { Injectable, Logger } from '@nestjs/common';
import { metrics, type Counter, type Histogram } from '@opentelemetry/api';
import { annotateSpan, ShopAttributes, ShopMetrics } from '@shop/observability';
import { customerIdOf, type Order } from '../domain/order';

/**
 * The business telemetry of the order saga, in one place: a span annotation, a log line with the order
 * and customer ids, and the business metrics (attributes low-cardinality only: never an id).
 */
@Injectable()
export class OrderTelemetry {
  private readonly logger = new Logger('Orders');
  private readonly meter = metrics.getMeter('@shop/order');
  private readonly checkoutsStarted: Counter = this.meter.createCounter(ShopMetrics.CheckoutsStarted, {
    description: 'Checkouts that got as far as reading the cart (idempotent replays excluded)',
  });
  private readonly ordersPlaced: Counter = this.meter.createCounter(ShopMetrics.OrdersPlaced, {
    description: 'Orders created PENDING',
  });
  private readonly ordersConfirmed: Counter = this.meter.createCounter(ShopMetrics.OrdersConfirmed, {
    description: 'Orders whose stock was reserved',
  });
  private readonly ordersRejected: Counter = this.meter.createCounter(ShopMetrics.OrdersRejected, {
    description: 'Orders rejected, by reason',
  });
  private readonly ordersCancelled: Counter = this.meter.createCounter(ShopMetrics.OrdersCancelled, {
    description: 'Confirmed orders the customer cancelled',
  });
  private readonly orderValue: Histogram = this.meter.createHistogram(ShopMetrics.OrderValue, {
    description: 'Totals of placed orders, in the currency of the attribute',
    unit: '{currency}',
  });

  checkoutStarted(ownerKind: Order['owner']['kind']): void {
    this.checkoutsStarted.add(1, { [ShopAttributes.OwnerKind]: ownerKind });
  }

  /** The order the request or event is about, on the active span. */
  annotate(order: Order, replayed?: boolean): void {
    annotateSpan({
      [ShopAttributes.OrderId]: order.id,
      [ShopAttributes.OrderStatus]: order.status,
      [ShopAttributes.OrderTotal]: order.total.amount,
      [ShopAttributes.OrderCurrency]: order.total.currency,
      [ShopAttributes.OrderLineCount]: order.lines.length,
      [ShopAttributes.OwnerKind]: order.owner.kind,
      [ShopAttributes.CartId]: order.cartId,
      ...(order.owner.kind === 'customer' ? { [ShopAttributes.CustomerId]: order.owner.customerId } : {}),
      ...(order.rejectionReason === null ? {} : { [ShopAttributes.RejectionReason]: order.rejectionReason }),
      ...(replayed === undefined ? {} : { [ShopAttributes.IdempotentReplay]: replayed }),
    });
  }

  placed(order: Order): void {
    this.annotate(order, false);
    this.ordersPlaced.add(1, { [ShopAttributes.OwnerKind]: order.owner.kind });
    // A histogram takes a float; the exact total stays in the order and its events.
    this.orderValue.record(Number(order.total.amount), { [ShopAttributes.OrderCurrency]: order.total.currency });
    this.log('order placed', order);
  }

  replayed(order: Order): void {
    this.annotate(order, true);
    this.log('checkout replayed for its idempotency key', order);
  }

  confirmed(order: Order): void {
    this.annotate(order);
    this.ordersConfirmed.add(1);
    this.log('order confirmed', order);
  }

  rejected(order: Order): void {
    this.annotate(order);
    this.ordersRejected.add(1, { [ShopAttributes.RejectionReason]: order.rejectionReason ?? 'unknown' });
    this.log('order rejected', order);
  }

  cancelled(order: Order): void {
    this.annotate(order);
    this.ordersCancelled.add(1);
    this.log('order cancelled', order);
  }

  private log(msg: string, order: Order): void {
    this.logger.log({
      msg,
      order_id: order.id,
      customer_id: customerIdOf(order),
      status: order.status,
      ...(order.rejectionReason === null ? {} : { reason: order.rejectionReason }),
    });
  }
}
