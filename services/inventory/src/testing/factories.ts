import type { EntityManager } from 'typeorm';
import type { Reservation } from '../reservations/domain/reservation';
import type { StockItem } from '../stock/domain/stock-item';
import type { AppliedChange } from '../stock/domain/stock-ledger';
import type { StockLevel } from '../stock/domain/stock-level';

const UPDATED = new Date('2026-06-01T12:00:00Z');

/** Test data with sensible defaults; pass only what a test is about. */
export const factory = {
  item(overrides: Partial<StockItem> = {}): StockItem {
    return {
      sku: 'SKU-1',
      productId: null,
      onHand: 20,
      reserved: 0,
      lowStockThreshold: 5,
      updatedAt: UPDATED,
      ...overrides,
    };
  },

  /** A change that left `after` and started from `before` (on hand and reserved). */
  applied(sku: string, before: Partial<StockLevel>, after: Partial<StockLevel>): AppliedChange {
    const item = factory.item({ sku, ...after });
    return { item, transition: { sku, before: { ...item, ...before }, after: item } };
  },

  reservation(overrides: Partial<Reservation> = {}): Reservation {
    return {
      orderId: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
      sku: 'SKU-1',
      quantity: 2,
      status: 'RESERVED',
      reservedUntil: new Date('2026-06-01T12:10:00Z'),
      ...overrides,
    };
  },
};

/**
 * An EntityManager stand-in for use cases that only hand it on to mocked ports: `transaction` runs the
 * work with the same manager, as a savepoint does; a failing work rejects as it would.
 */
export function fakeManager(): EntityManager {
  const manager = {
    transaction: <T>(work: (inner: EntityManager) => Promise<T>) => work(manager as unknown as EntityManager),
  };
  return manager as unknown as EntityManager;
}
