import type { CartLine, Order, ShippingAddress } from '../orders/domain/order';

const CREATED = new Date('2026-06-01T11:00:00Z');

/** Test data with sensible defaults; pass only what a test is about. */
export const factory = {
  address(overrides: Partial<ShippingAddress> = {}): ShippingAddress {
    return {
      fullName: 'Ada Lovelace',
      line1: '12 St James Square',
      city: 'London',
      postalCode: 'SW1Y 4JH',
      country: 'GB',
      ...overrides,
    };
  },

  cartLine(overrides: Partial<CartLine> = {}): CartLine {
    return {
      productId: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
      sku: 'LMP-1',
      name: 'Aurora desk lamp',
      quantity: 1,
      unitPrice: { amount: '19.99', currency: 'EUR' },
      ...overrides,
    };
  },

  order(overrides: Partial<Order> = {}): Order {
    return {
      id: '5d0c1f0e-8a4b-4c1e-9a57-1d2c3b4a5f01',
      status: 'PENDING',
      rejectionReason: null,
      owner: { kind: 'customer', customerId: 'a1111111-1111-4111-8111-111111111111' },
      email: 'ada@example.com',
      cartId: 'c2222222-2222-4222-8222-222222222222',
      idempotencyKey: 'key-1',
      requestFingerprint: 'f'.repeat(64),
      lines: [
        {
          productId: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
          sku: 'LMP-1',
          name: 'Aurora desk lamp',
          quantity: 2,
          unitPrice: { amount: '19.99', currency: 'EUR' },
          lineTotal: { amount: '39.98', currency: 'EUR' },
        },
      ],
      total: { amount: '39.98', currency: 'EUR' },
      shippingAddress: factory.address(),
      createdAt: CREATED,
      updatedAt: CREATED,
      ...overrides,
    };
  },
};
