import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { PRODUCT_STATUSES } from '../domain/product';
import { parseProductId, parseProductReference } from '../domain/product-reference';
import type { ProductSummary, ProductWithCategories } from '../domain/product-views';
import { ProductRepository } from '../domain/product.repository';
import { ProductNotFoundError } from '../domain/product.errors';

export const RELATED_PRODUCTS = 4;

export interface ProductDetail extends ProductWithCategories {
  related: ProductSummary[];
}

/** One product with its categories; the storefront's also with related products. Two SQL statements. */
@Injectable()
export class GetProductQuery {
  constructor(private readonly products: ProductRepository) {}

  /** An active product by id or slug, with up to four active products from its categories. */
  async storefront(idOrSlug: string): Promise<ProductDetail> {
    const product = await this.products.findByReference(parseProductReference(idOrSlug), ['active']);
    if (product === null) throw new ProductNotFoundError(idOrSlug);
    annotateSpan({ [ShopAttributes.ProductId]: product.id });
    const related = await this.products.findRelated(product, RELATED_PRODUCTS);
    return { ...product, related };
  }

  /** A product of any status, by id. */
  async admin(id: string): Promise<ProductWithCategories> {
    const product = await this.products.findByReference({ kind: 'id', id: parseProductId(id) }, PRODUCT_STATUSES);
    if (product === null) throw new ProductNotFoundError(id);
    annotateSpan({ [ShopAttributes.ProductId]: product.id });
    return product;
  }
}
