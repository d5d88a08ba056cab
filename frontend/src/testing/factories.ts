import type { Cart, CartItem, CategoryNode, Order } from '@/lib/types';

export function cartItem(overrides: Partial<CartItem> = {}): CartItem {
  return {
    id: 'item-1',
    productId: 'product-1',
    sku: 'LMP-0001',
    name: 'Aurora desk lamp',
    unitPrice: { amount: '0.10', currency: 'EUR' },
    quantity: 3,
    lineTotal: { amount: '0.30', currency: 'EUR' },
    ...overrides,
  };
}

export function cart(overrides: Partial<Cart> = {}): Cart {
  return {
    id: 'cart-1',
    items: [cartItem()],
    itemCount: 3,
    subtotal: { amount: '0.30', currency: 'EUR' },
    expiresAt: '2026-12-11T00:00:00.000Z',
    updatedAt: '2026-12-04T00:00:00.000Z',
    ...overrides,
  };
}

export function category(overrides: Partial<CategoryNode> & Pick<CategoryNode, 'slug'>): CategoryNode {
  return {
    id: `id-${overrides.slug}`,
    name: overrides.slug.replace(/-/g, ' '),
    position: 0,
    productCount: 1,
    children: [],
    ...overrides,
  };
}

export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: '7f0c1d7e-58a4-4f5c-9d1e-3a2b1c0d9e8f',
    status: 'PENDING',
    email: 'ada@example.com',
    customerId: null,
    lines: [],
    total: { amount: '12.50', currency: 'EUR' },
    shippingAddress: { fullName: 'Ada', line1: '1 Street', city: 'London', postalCode: 'SW1', country: 'GB' },
    createdAt: '2026-12-04T00:00:00.000Z',
    updatedAt: '2026-12-04T00:00:00.000Z',
    ...overrides,
  };
}
