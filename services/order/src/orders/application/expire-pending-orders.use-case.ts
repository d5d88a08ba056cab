import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { OrderRepository } from '../domain/order.repository';
import { OrderSettings } from './order-settings';
import { RejectOrderUseCase } from './reject-order.use-case';

const BATCH_SIZE = 100;

/**
 * Rejects, as `expired`, orders that waited PENDING longer than the timeout (inventory never answered,
 * or its answer was lost), so `order.rejected.v1` makes inventory release any stock it holds for them.
 * An answer that arrives later finds the order REJECTED and changes nothing.
 */
@Injectable()
export class ExpirePendingOrdersUseCase {
  constructor(
    private readonly orders: OrderRepository,
    private readonly rejectOrder: RejectOrderUseCase,
    private readonly settings: OrderSettings,
    private readonly clock: Clock,
  ) {}

  /** Resolves with the number of orders it rejected. */
  async execute(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.settings.pendingTimeoutSeconds * 1000);
    let rejected = 0;
    for (;;) {
      const ids = await this.orders.findPendingCreatedBefore(cutoff, BATCH_SIZE);
      for (const orderId of ids) {
        // The saga's correlation id is the order id here: no request or event started this step.
        if (await this.rejectOrder.execute(orderId, 'expired', { correlationId: orderId })) rejected += 1;
      }
      if (ids.length < BATCH_SIZE) return rejected;
    }
  }
}
