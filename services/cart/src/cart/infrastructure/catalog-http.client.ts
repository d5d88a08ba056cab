import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ProductCatalog, type CatalogProduct } from '../application/product-catalog';
import { CatalogUnavailableError } from '../domain/cart.errors';
import { Money } from '../domain/money';

/** Where the catalog answers and how long the cart waits for it. */
export abstract class CatalogClientSettings {
  /** CATALOG_URL: the catalog's origin (`http://127.0.0.1:3001`). */
  abstract readonly baseUrl: string;
  /** CATALOG_TIMEOUT_MS: the whole request, answer included. */
  abstract readonly timeoutMs: number;
}

// Only what the cart uses of the storefront's product detail; other fields are ignored.
const productDetail = z.object({
  id: z.uuid(),
  sku: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  status: z.string(),
  price: z.object({ amount: z.string(), currency: z.string() }),
});

/**
 * Asks the catalog's storefront API with the global fetch (undici), which the OpenTelemetry undici
 * instrumentation traces: the call is a client span of the request's trace, and the catalog continues
 * that trace from the propagated `traceparent`.
 */
@Injectable()
export class CatalogHttpClient extends ProductCatalog {
  constructor(private readonly settings: CatalogClientSettings) {
    super();
  }

  async find(productId: string): Promise<CatalogProduct | null> {
    const url = `${this.settings.baseUrl.replace(/\/+$/, '')}/api/catalog/products/${encodeURIComponent(productId)}`;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      // AbortSignal.timeout rejects with a DOMException named TimeoutError.
      const timedOut = typeof error === 'object' && error !== null && 'name' in error && error.name === 'TimeoutError';
      throw new CatalogUnavailableError(timedOut ? `no answer within ${this.settings.timeoutMs} ms` : 'unreachable', {
        cause: error,
      });
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new CatalogUnavailableError(`it answered ${response.status}`);
    }
    return this.productIn(response);
  }

  private async productIn(response: Response): Promise<CatalogProduct> {
    try {
      const body = productDetail.parse(await response.json());
      return {
        productId: body.id,
        sku: body.sku,
        name: body.name,
        status: body.status,
        unitPrice: Money.of(body.price.amount, body.price.currency),
      };
    } catch (error) {
      throw new CatalogUnavailableError('its answer could not be read', { cause: error });
    }
  }
}
