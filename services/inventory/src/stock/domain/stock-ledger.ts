import type { EntityManager } from 'typeorm';
import type { StockItem } from './stock-item';
import type { StockTransition } from './stock-level';
import type { StockChange } from './stock-movement';

/** The SKU's row after a committed change, and its level before and after. */
export interface AppliedChange {
  readonly item: StockItem;
  readonly transition: StockTransition;
}

export type ChangeOutcome =
  | ({ readonly applied: true } & AppliedChange)
  | { readonly applied: false; readonly reason: 'unknown-sku' }
  /** The change would take reserved above on hand or either below zero; `available` as it is now. */
  | { readonly applied: false; readonly reason: 'insufficient'; readonly available: number };

/**
 * Where every change to a SKU's stock is made, inside the caller's transaction (`manager`): the row and
 * one ledger movement together, so that per SKU the movements' deltas always sum to the row's numbers.
 */
export abstract class StockLedger {
  /**
   * Applies the change only if afterwards 0 <= reserved <= on hand: one conditional UPDATE decides, so
   * concurrent changes can never oversell (the table's CHECK is the second guard). Writes the movement.
   */
  abstract apply(manager: EntityManager, sku: string, change: StockChange, at: Date): Promise<ChangeOutcome>;

  /** Sets the low-stock threshold; undefined when the SKU has no stock item. No movement: no units moved. */
  abstract setThreshold(
    manager: EntityManager,
    sku: string,
    threshold: number,
    at: Date,
  ): Promise<AppliedChange | undefined>;

  /**
   * Creates the SKU's stock item with nothing on hand, or fills in its product id when it exists without
   * one. Returns the item when it was created, undefined when it existed.
   */
  abstract createIfMissing(
    manager: EntityManager,
    sku: string,
    productId: string,
    at: Date,
  ): Promise<StockItem | undefined>;
}
