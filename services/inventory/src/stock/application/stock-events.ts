import { Injectable } from '@nestjs/common';
import { createEnvelope, LowStockDetectedV1, StockStatusChangedV1 } from '@shop/contracts';
import { type EventDestination, OutboxWriter } from '@shop/event-bus';
import type { EntityManager } from 'typeorm';
import type { StockItem } from '../domain/stock-item';
import {
  availableOf,
  crossedIntoLowStock,
  statusChanged,
  stockStatusOf,
  type StockLevel,
  type StockTransition,
} from '../domain/stock-level';

/** Status changes go to inventory's topic (the catalog's queue) and the shop's bus. */
export const STOCK_STATUS_DESTINATIONS: readonly EventDestination[] = [
  { kind: 'sns', topic: 'inventory-events' },
  { kind: 'eventbridge', bus: 'shop-events' },
];
/** Low-stock alerts only go to the bus, whose rule routes them to the operators' alert queue. */
export const LOW_STOCK_DESTINATIONS: readonly EventDestination[] = [{ kind: 'eventbridge', bus: 'shop-events' }];

/**
 * Appends the events that report stock changes to the outbox, in the transaction of the change: a
 * status change whenever a SKU's status moved, and a low-stock alert when it crossed its threshold.
 */
@Injectable()
export class StockEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  async afterChanges(
    manager: EntityManager,
    transitions: readonly StockTransition[],
    correlationId: string,
    at: Date,
  ): Promise<void> {
    for (const transition of transitions) {
      if (statusChanged(transition))
        await this.statusChanged(manager, transition.sku, transition.after, correlationId, at);
      if (crossedIntoLowStock(transition)) {
        const envelope = createEnvelope(
          LowStockDetectedV1,
          {
            sku: transition.sku,
            available: availableOf(transition.after),
            threshold: transition.after.lowStockThreshold,
          },
          { correlationId, time: at },
        );
        await this.outbox.append(manager, envelope, LOW_STOCK_DESTINATIONS);
      }
    }
  }

  /** A new SKU starts out of stock: say so, so that the storefront never guesses. */
  async created(manager: EntityManager, item: StockItem, correlationId: string): Promise<void> {
    await this.statusChanged(manager, item.sku, item, correlationId, item.updatedAt);
  }

  private async statusChanged(
    manager: EntityManager,
    sku: string,
    level: StockLevel,
    correlationId: string,
    at: Date,
  ): Promise<void> {
    const envelope = createEnvelope(
      StockStatusChangedV1,
      { sku, status: stockStatusOf(level), available: Math.max(availableOf(level), 0), asOf: at.toISOString() },
      { correlationId, time: at },
    );
    await this.outbox.append(manager, envelope, STOCK_STATUS_DESTINATIONS);
  }
}
