import { Injectable } from '@nestjs/common';
import { z } from '@shop/config';
import { CartReader, type Cart, type CartCredentials } from '../application/cart-reader';
import { CartUnavailableError } from '../domain/order.errors';

/** Where the cart service answers (CART_URL). */
export class CartServiceLocation {
  constructor(readonly baseUrl: string) {}
}

// The checkout waits for the cart this long at most, then answers 503.
const CART_TIMEOUT_MS = 5_000;

const priceSchema = z.object({
  amount: z.string().regex(/^(0|[1-9]\d{0,9})(\.\d{1,2})?$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/** The parts of the cart service's Cart (docs: api.md) an order takes; other fields are ignored. */
const cartSchema = z.object({
  id: z.uuid(),
  items: z.array(
    z.object({
      productId: z.uuid(),
      sku: z.string().min(1).max(64),
      name: z.string().min(1).max(200),
      quantity: z.number().int().min(1),
      unitPrice: priceSchema,
    }),
  ),
});

/**
 * Reads the caller's cart with `GET ${CART_URL}/api/cart`, forwarding the caller's own credentials and
 * the request id. A fetch (undici) call, so the HTTP client span carries the trace to the cart service.
 */
@Injectable()
export class HttpCartReader extends CartReader {
  constructor(private readonly location: CartServiceLocation) {
    super();
  }

  async read(credentials: CartCredentials, correlationId: string): Promise<Cart | null> {
    const response = await this.get(credentials, correlationId);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new CartUnavailableError(`The cart service answered ${response.status}`);
    }
    const parsed = cartSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new CartUnavailableError('The cart service answered with something that is not a cart');
    return {
      id: parsed.data.id,
      lines: parsed.data.items.map(({ productId, sku, name, quantity, unitPrice }) => ({
        productId,
        sku,
        name,
        quantity,
        unitPrice,
      })),
    };
  }

  private async get(credentials: CartCredentials, correlationId: string): Promise<Response> {
    const owner =
      'authorization' in credentials
        ? { authorization: credentials.authorization }
        : { 'x-cart-token': credentials.cartToken };
    try {
      return await fetch(`${this.location.baseUrl}/api/cart`, {
        headers: { accept: 'application/json', 'x-request-id': correlationId, ...owner },
        signal: AbortSignal.timeout(CART_TIMEOUT_MS),
      });
    } catch (error) {
      throw new CartUnavailableError(
        `The cart service did not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
