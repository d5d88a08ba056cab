import { MAX_LINES_PER_CART, MAX_QUANTITY_PER_LINE } from './cart-limits';
import type { CartOwner } from './cart-owner';
import {
  CartItemNotFoundError,
  CartLineLimitReachedError,
  CurrencyMismatchError,
  InvalidQuantityError,
  QuantityLimitExceededError,
} from './cart.errors';
import type { Money } from './money';

/** What the catalog says about a product when it is put in a cart; the line keeps this copy. */
export interface ProductSnapshot {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: Money;
}

export interface CartItem extends ProductSnapshot {
  readonly id: string;
  readonly quantity: number;
  readonly addedAt: Date;
}

export interface CartState {
  readonly id: string;
  readonly owner: CartOwner;
  readonly items: readonly CartItem[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly expiresAt: Date;
}

/** What a merge took from the guest cart, and what did not fit (another currency, or no line left). */
export interface MergeOutcome {
  readonly merged: number;
  readonly leftOut: number;
}

export function lineTotal(item: CartItem): Money {
  return item.unitPrice.times(item.quantity);
}

export function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY_PER_LINE) {
    throw new InvalidQuantityError(quantity);
  }
}

/**
 * A shopping cart: at most MAX_LINES_PER_CART lines of one product each, 1..MAX_QUANTITY_PER_LINE
 * units a line, all lines in one currency. A cart expires `ttlMs` after its last change.
 */
export class Cart {
  private lines: CartItem[];
  private lastChangedAt: Date;
  private expiry: Date;

  private constructor(private readonly state: CartState) {
    this.lines = [...state.items];
    this.lastChangedAt = state.updatedAt;
    this.expiry = state.expiresAt;
  }

  static open(id: string, owner: CartOwner, now: Date, ttlMs: number): Cart {
    return new Cart({ id, owner, items: [], createdAt: now, updatedAt: now, expiresAt: expiryAfter(now, ttlMs) });
  }

  static restore(state: CartState): Cart {
    return new Cart(state);
  }

  get id(): string {
    return this.state.id;
  }

  get owner(): CartOwner {
    return this.state.owner;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.lastChangedAt;
  }

  get expiresAt(): Date {
    return this.expiry;
  }

  get items(): readonly CartItem[] {
    return this.lines;
  }

  /** The cart's currency: that of its lines; none while it is empty. */
  get currency(): string | null {
    return this.lines[0]?.unitPrice.currency ?? null;
  }

  /** Units in the cart, all lines together. */
  get itemCount(): number {
    return this.lines.reduce((sum, item) => sum + item.quantity, 0);
  }

  /** The sum of the line totals; null while the cart is empty (an empty cart has no currency). */
  get subtotal(): Money | null {
    const [first, ...rest] = this.lines;
    if (first === undefined) return null;
    return rest.reduce((sum, item) => sum.plus(lineTotal(item)), lineTotal(first));
  }

  isExpiredAt(now: Date): boolean {
    return this.expiry.getTime() <= now.getTime();
  }

  /**
   * Puts `quantity` units of the product in the cart: a new line, or more of the product's line (which
   * then takes the catalog's current name, SKU and price). Throws, changing nothing, when the line would
   * exceed its maximum, the cart is full, or the price is in another currency than the rest of the cart.
   */
  add(product: ProductSnapshot, quantity: number, newItemId: string, now: Date): CartItem {
    assertQuantity(quantity);
    const snapshot: ProductSnapshot = {
      productId: product.productId,
      sku: product.sku,
      name: product.name,
      unitPrice: product.unitPrice,
    };
    const existing = this.lines.find((item) => item.productId === snapshot.productId);
    this.assertCurrency(snapshot.unitPrice.currency, existing?.id);
    if (existing !== undefined) {
      if (existing.quantity + quantity > MAX_QUANTITY_PER_LINE) {
        throw new QuantityLimitExceededError(existing.quantity, quantity);
      }
      return this.replace({ ...existing, ...snapshot, quantity: existing.quantity + quantity });
    }
    if (this.lines.length >= MAX_LINES_PER_CART) throw new CartLineLimitReachedError();
    const item: CartItem = { ...snapshot, id: newItemId, quantity, addedAt: now };
    this.lines.push(item);
    return item;
  }

  changeQuantity(itemId: string, quantity: number): CartItem {
    assertQuantity(quantity);
    return this.replace({ ...this.item(itemId), quantity });
  }

  remove(itemId: string): void {
    const item = this.item(itemId);
    this.lines = this.lines.filter((line) => line !== item);
  }

  empty(): void {
    this.lines = [];
  }

  /**
   * Takes the guest cart's lines into this one (the guest cart is then to be deleted): quantities of a
   * product in both are summed and capped at the line maximum; lines beyond the cart's line limit, or in
   * another currency than this cart's, are left out.
   */
  absorb(guest: Cart, newItemId: () => string): MergeOutcome {
    let merged = 0;
    let leftOut = 0;
    for (const guestItem of guest.items) {
      const existing = this.lines.find((item) => item.productId === guestItem.productId);
      const currency = this.currency;
      if (currency !== null && currency !== guestItem.unitPrice.currency) {
        leftOut += 1;
      } else if (existing !== undefined) {
        this.replace({
          ...existing,
          quantity: Math.min(MAX_QUANTITY_PER_LINE, existing.quantity + guestItem.quantity),
        });
        merged += 1;
      } else if (this.lines.length >= MAX_LINES_PER_CART) {
        leftOut += 1;
      } else {
        // The line keeps the time the guest added it, so the merged cart lists lines in the order they were added.
        this.lines.push({ ...guestItem, id: newItemId() });
        merged += 1;
      }
    }
    this.lines.sort(inLineOrder);
    return { merged, leftOut };
  }

  /** Records a change at `now`: the cart lives another `ttlMs` from here. */
  touch(now: Date, ttlMs: number): void {
    this.lastChangedAt = now;
    this.expiry = expiryAfter(now, ttlMs);
  }

  private item(itemId: string): CartItem {
    const item = this.lines.find((line) => line.id === itemId);
    if (item === undefined) throw new CartItemNotFoundError(itemId);
    return item;
  }

  private replace(updated: CartItem): CartItem {
    this.lines = this.lines.map((line) => (line.id === updated.id ? updated : line));
    return updated;
  }

  /** The lines other than `exceptItemId` fix the cart's currency; a product in another one cannot join. */
  private assertCurrency(currency: string, exceptItemId: string | undefined): void {
    const other = this.lines.find((item) => item.id !== exceptItemId);
    if (other !== undefined && other.unitPrice.currency !== currency) {
      throw new CurrencyMismatchError(other.unitPrice.currency, currency);
    }
  }
}

/** Lines are listed in the order they were added (the id breaks ties), as the repository reads them. */
function inLineOrder(a: CartItem, b: CartItem): number {
  return a.addedAt.getTime() - b.addedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function expiryAfter(now: Date, ttlMs: number): Date {
  return new Date(now.getTime() + ttlMs);
}
