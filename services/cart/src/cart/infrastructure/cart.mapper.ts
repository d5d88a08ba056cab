import { Cart, type CartItem } from '../domain/cart';
import type { CartOwner } from '../domain/cart-owner';
import { Money } from '../domain/money';
import type { CartItemEntity } from './cart-item.entity';
import type { CartEntity } from './cart.entity';

function ownerOf(row: CartEntity): CartOwner {
  if (row.customerId !== null) return { kind: 'customer', customerId: row.customerId };
  if (row.guestTokenHash !== null) return { kind: 'guest', tokenHash: row.guestTokenHash };
  throw new Error(`cart ${row.id} has no owner`);
}

export function toCartItem(row: CartItemEntity): CartItem {
  return {
    id: row.id,
    productId: row.productId,
    sku: row.sku,
    name: row.name,
    unitPrice: Money.of(row.unitPrice, row.currency),
    quantity: row.quantity,
    addedAt: row.addedAt,
  };
}

/** The cart of a row and its item rows (in line order). */
export function toCart(row: CartEntity, items: readonly CartItemEntity[]): Cart {
  return Cart.restore({
    id: row.id,
    owner: ownerOf(row),
    items: items.map(toCartItem),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    expiresAt: row.expiresAt,
  });
}

export function toCartRow(cart: Cart): Omit<CartEntity, 'items'> {
  return {
    id: cart.id,
    customerId: cart.owner.kind === 'customer' ? cart.owner.customerId : null,
    guestTokenHash: cart.owner.kind === 'guest' ? cart.owner.tokenHash : null,
    createdAt: cart.createdAt,
    updatedAt: cart.updatedAt,
    expiresAt: cart.expiresAt,
  };
}

export function toCartItemRow(cartId: string, item: CartItem): Omit<CartItemEntity, 'cart'> {
  return {
    id: item.id,
    cartId,
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    unitPrice: item.unitPrice.amount,
    currency: item.unitPrice.currency,
    quantity: item.quantity,
    addedAt: item.addedAt,
  };
}
