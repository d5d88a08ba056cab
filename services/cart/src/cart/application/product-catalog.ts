import type { Money } from '../domain/money';

/** A product as the catalog's storefront shows it. */
export interface CatalogProduct {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: Money;
  readonly status: string;
}

/** The catalog service, asked for a product's current name, SKU, price and status. */
export abstract class ProductCatalog {
  /**
   * The product, or null when the catalog does not show it. Throws CatalogUnavailableError when the
   * catalog does not answer in time, fails, or answers something unreadable.
   */
  abstract find(productId: string): Promise<CatalogProduct | null>;
}
