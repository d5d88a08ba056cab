import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { applyChanges, type ProductStatus } from '../domain/product';
import { parseProductId } from '../domain/product-reference';
import { ProductRepository } from '../domain/product.repository';
import { ProductsNotFoundError } from '../domain/product.errors';
import { ProductEvents } from './product-events';
import { storedOverLatest } from './stored-over-latest';

/**
 * Gives many products one status at once; if any id is unknown, nothing changes. Stored over the versions read,
 * like every product write (storedOverLatest), so each product's event describes it as stored.
 */
@Injectable()
export class ChangeProductsStatusUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly clock: Clock,
    private readonly events: ProductEvents,
  ) {}

  /** `correlationId`: the request's id, carried by the events this change publishes. */
  async execute(
    ids: readonly string[],
    status: ProductStatus,
    correlationId: string = randomUUID(),
  ): Promise<{ updated: number }> {
    const wanted = [...new Set(ids.map(parseProductId))];
    annotateSpan({ [ShopAttributes.ProductCount]: wanted.length });
    return storedOverLatest(`${wanted.length} products`, async () => {
      const found = await this.products.findByIds(wanted);
      const foundIds = new Set(found.map((product) => product.id));
      const missing = wanted.filter((id) => !foundIds.has(id));
      if (missing.length > 0) throw new ProductsNotFoundError(missing);
      const now = this.clock.now();
      // Products already in that status are rewritten too (one statement), but report no change.
      const changes = found.map((before) => ({ before, after: applyChanges(before, { status }, now) }));
      const stored = await this.products.setStatus(found, status, now, this.events.changed(changes, correlationId));
      return stored ? { updated: wanted.length } : undefined;
    });
  }
}
