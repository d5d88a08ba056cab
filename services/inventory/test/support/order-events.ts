import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  OrderCancelledV1,
  OrderConfirmedV1,
  OrderPlacedV1,
  OrderRejectedV1,
  ProductCreatedV1,
} from '@shop/contracts';

const customer = { customerId: null, email: 'guest@example.com' };
const price = { amount: '10.00', currency: 'EUR' };

export interface Line {
  sku: string;
  quantity: number;
}

/** The order service's events, as it would publish them. */
export const orderEvents = {
  placed(lines: readonly Line[], reserveUntil = new Date(Date.now() + 600_000), orderId: string = randomUUID()) {
    return createEnvelope(
      OrderPlacedV1,
      {
        orderId,
        cartId: randomUUID(),
        customer,
        lines: lines.map(({ sku, quantity }) => ({
          productId: randomUUID(),
          sku,
          name: `Product ${sku}`,
          quantity,
          unitPrice: price,
        })),
        total: price,
        reserveUntil: reserveUntil.toISOString(),
      },
      { correlationId: randomUUID() },
    );
  },

  confirmed(orderId: string) {
    return createEnvelope(
      OrderConfirmedV1,
      { orderId, cartId: randomUUID(), customer, total: price },
      { correlationId: randomUUID() },
    );
  },

  rejected(orderId: string) {
    return createEnvelope(
      OrderRejectedV1,
      { orderId, cartId: randomUUID(), customer, reason: 'expired' },
      { correlationId: randomUUID() },
    );
  },

  cancelled(orderId: string) {
    return createEnvelope(OrderCancelledV1, { orderId, customer }, { correlationId: randomUUID() });
  },
};

/** The catalog's ProductCreated for a SKU. */
export function productCreated(sku: string, productId: string = randomUUID()) {
  return createEnvelope(
    ProductCreatedV1,
    {
      productId,
      sku,
      name: `Product ${sku}`,
      slug: sku.toLowerCase(),
      status: 'active',
      price,
      categoryIds: [],
    },
    { correlationId: randomUUID() },
  );
}

/** Polls until `probe` returns something other than undefined. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
