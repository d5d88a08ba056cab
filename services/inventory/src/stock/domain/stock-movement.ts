import { InvalidStockChangeError } from './stock.errors';

export const MOVEMENT_KINDS = ['receipt', 'adjustment', 'reservation', 'release', 'sale', 'restock'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Who made a change that no operator made. */
export const SYSTEM_ACTORS = { saga: 'saga', seed: 'seed', expiry: 'expiry' } as const;

export const MAX_RECEIPT_QUANTITY = 100_000;
export const MAX_ADJUSTMENT = 100_000;
export const MAX_REASON_LENGTH = 500;

/** A change to one SKU's on-hand and reserved units, as the ledger records it. */
export interface StockChange {
  readonly kind: MovementKind;
  readonly onHandDelta: number;
  readonly reservedDelta: number;
  readonly orderId: string | null;
  readonly reason: string | null;
  /** The operator's account id, or one of SYSTEM_ACTORS. */
  readonly actor: string;
}

/** One line of the ledger: a change and the level it left. Per SKU the deltas sum to the current level. */
export interface StockMovement extends StockChange {
  readonly id: string;
  readonly sku: string;
  readonly onHandAfter: number;
  readonly reservedAfter: number;
  readonly occurredAt: Date;
}

function wholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

function cleanText(value: string | undefined, what: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > MAX_REASON_LENGTH) {
    throw new InvalidStockChangeError(`${what} must be at most ${MAX_REASON_LENGTH} characters`);
  }
  return text === '' ? null : text;
}

export const StockChanges = {
  /** Goods arrived: on hand goes up. */
  receipt(quantity: number, note: string | undefined, actor: string): StockChange {
    if (!wholeNumberIn(quantity, 1, MAX_RECEIPT_QUANTITY)) {
      throw new InvalidStockChangeError(`quantity must be a whole number from 1 to ${MAX_RECEIPT_QUANTITY}`);
    }
    return {
      kind: 'receipt',
      onHandDelta: quantity,
      reservedDelta: 0,
      orderId: null,
      reason: cleanText(note, 'note'),
      actor,
    };
  },

  /** A correction after a count, breakage or loss; always with a reason. */
  adjustment(delta: number, reason: string, actor: string): StockChange {
    if (delta === 0 || !wholeNumberIn(Math.abs(delta), 1, MAX_ADJUSTMENT)) {
      throw new InvalidStockChangeError(
        `delta must be a non-zero whole number from -${MAX_ADJUSTMENT} to ${MAX_ADJUSTMENT}`,
      );
    }
    const text = cleanText(reason, 'reason');
    if (text === null) throw new InvalidStockChangeError('reason must not be empty');
    return { kind: 'adjustment', onHandDelta: delta, reservedDelta: 0, orderId: null, reason: text, actor };
  },

  /** Units held for an order until it is confirmed, rejected or expires. */
  reservation(orderId: string, quantity: number): StockChange {
    return {
      kind: 'reservation',
      onHandDelta: 0,
      reservedDelta: quantity,
      orderId,
      reason: null,
      actor: SYSTEM_ACTORS.saga,
    };
  },

  /** Held units go back to available: the order was rejected, cancelled before its sale, or expired. */
  release(orderId: string, quantity: number, actor: string, reason: string): StockChange {
    return { kind: 'release', onHandDelta: 0, reservedDelta: -quantity, orderId, reason, actor };
  },

  /** The order was confirmed: the held units leave the shelf. */
  sale(orderId: string, quantity: number): StockChange {
    return {
      kind: 'sale',
      onHandDelta: -quantity,
      reservedDelta: -quantity,
      orderId,
      reason: null,
      actor: SYSTEM_ACTORS.saga,
    };
  },

  /** A sold order was cancelled: its units come back on the shelf. */
  restock(orderId: string, quantity: number): StockChange {
    return {
      kind: 'restock',
      onHandDelta: quantity,
      reservedDelta: 0,
      orderId,
      reason: 'order cancelled',
      actor: SYSTEM_ACTORS.saga,
    };
  },
};
