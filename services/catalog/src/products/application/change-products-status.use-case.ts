import { Injectable } from '@nestjs/common';
import { annotateSpan } from '@shop/observability';
import { Clock } from '../../shared/application/clock';
import { CatalogAttributes } from '../../shared/telemetry-attributes';
import type { ProductStatus } from '../domain/product';
import { parseProductId } from '../domain/product-reference';
import { ProductRepository } from '../domain/product.repository';
import { ProductsNotFoundError } from '../domain/product.errors';

/** Gives many products one status at once; if any id is unknown, nothing changes. */
@Injectable()
export class ChangeProductsStatusUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly clock: Clock,
  ) {}

  async execute(ids: readonly string[], status: ProductStatus): Promise<{ updated: number }> {
    const wanted = [...new Set(ids.map(parseProductId))];
    annotateSpan({ [CatalogAttributes.productCount]: wanted.length });
    const found = new Set(await this.products.findExistingIds(wanted));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw new ProductsNotFoundError(missing);
    await this.products.setStatus(wanted, status, this.clock.now());
    return { updated: wanted.length };
  }
}
