import { parseDecimalAmount } from '@shop/contracts';
import type { OrderOwner } from './order-owner';
import type { OrderStatus, RejectionReason } from './order-status';
import { formatMinorUnits, type Price } from './money';
import { CartEmptyError, CartUnavailableError, MixedCurrenciesError } from './order.errors';

export interface ShippingAddress {
  readonly fullName: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly postalCode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  readonly phone?: string;
}

/** One line of an order: the product as the customer saw it in the cart at checkout. */
export interface OrderLine {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: Price;
  readonly lineTotal: Price;
}

export interface Order {
  readonly id: string;
  readonly status: OrderStatus;
  readonly rejectionReason: RejectionReason | null;
  readonly owner: OrderOwner;
  readonly email: string;
  readonly cartId: string;
  readonly idempotencyKey: string;
  /** sha256 of the checkout request, to tell a retry from a different request under the same key. */
  readonly requestFingerprint: string;
  readonly lines: readonly OrderLine[];
  readonly total: Price;
  readonly shippingAddress: ShippingAddress;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A cart line as the order takes it over; its price is the one the cart shows. */
export interface CartLine {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: Price;
}

export interface NewOrder {
  readonly id: string;
  readonly owner: OrderOwner;
  readonly email: string;
  readonly cartId: string;
  readonly idempotencyKey: string;
  readonly requestFingerprint: string;
  readonly cartLines: readonly CartLine[];
  readonly shippingAddress: ShippingAddress;
  readonly now: Date;
}

/**
 * A new PENDING order from the cart's lines. Line totals and the total are computed here, exactly, from
 * unit prices and quantities (not taken from the cart's own sums); one currency per order.
 */
export function placeOrder(input: NewOrder): Order {
  if (input.cartLines.length === 0) throw new CartEmptyError();
  const currencies = [...new Set(input.cartLines.map((line) => line.unitPrice.currency))];
  const [currency] = currencies;
  if (currency === undefined || currencies.length > 1) throw new MixedCurrenciesError(currencies);
  let total = 0n;
  const lines = input.cartLines.map((line) => {
    const unit = parseDecimalAmount(line.unitPrice.amount);
    if (unit === undefined || !Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new CartUnavailableError(`The cart has an unreadable line for ${line.sku}`);
    }
    const lineTotal = unit * BigInt(line.quantity);
    total += lineTotal;
    return {
      productId: line.productId,
      sku: line.sku,
      name: line.name,
      quantity: line.quantity,
      unitPrice: { amount: formatMinorUnits(unit), currency },
      lineTotal: { amount: formatMinorUnits(lineTotal), currency },
    };
  });
  return {
    id: input.id,
    status: 'PENDING',
    rejectionReason: null,
    owner: input.owner,
    email: input.email,
    cartId: input.cartId,
    idempotencyKey: input.idempotencyKey,
    requestFingerprint: input.requestFingerprint,
    lines,
    total: { amount: formatMinorUnits(total), currency },
    shippingAddress: input.shippingAddress,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** The customer's account id, or null for a guest. */
export function customerIdOf(order: Pick<Order, 'owner'>): string | null {
  return order.owner.kind === 'customer' ? order.owner.customerId : null;
}
