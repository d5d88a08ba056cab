import { randomUUID } from 'node:crypto';
import { Cart, type CartItem, type ProductSnapshot } from '../cart/domain/cart';
import type { CartOwner } from '../cart/domain/cart-owner';
import { Money } from '../cart/domain/money';

const NOW = new Date('2026-06-01T12:00:00Z');
export const TTL_MS = 168 * 3600 * 1000;

/** Test data with sensible defaults; pass only what a test is about. */
export const factory = {
  customer(customerId = '7d2f0c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f'): CartOwner {
    return { kind: 'customer', customerId };
  },

  guest(tokenHash = 'a'.repeat(64)): CartOwner {
    return { kind: 'guest', tokenHash };
  },

  product(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
    return {
      productId: randomUUID(),
      sku: 'LMP-1',
      name: 'Aurora desk lamp',
      unitPrice: Money.of('19.99', 'EUR'),
      ...overrides,
    };
  },

  item(overrides: Partial<CartItem> = {}): CartItem {
    return { ...factory.product(), id: randomUUID(), quantity: 1, addedAt: NOW, ...overrides };
  },

  cart(overrides: { owner?: CartOwner; items?: CartItem[]; updatedAt?: Date; id?: string } = {}): Cart {
    const updatedAt = overrides.updatedAt ?? NOW;
    return Cart.restore({
      id: overrides.id ?? randomUUID(),
      owner: overrides.owner ?? factory.guest(),
      items: overrides.items ?? [],
      createdAt: updatedAt,
      updatedAt,
      expiresAt: new Date(updatedAt.getTime() + TTL_MS),
    });
  },
};
