import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { Clock } from '@shop/service-runtime';
import { assertSlug } from '../../shared/domain/slug';
import { applyChanges, PRODUCT_STATUSES, type ProductChanges } from '../domain/product';
import { parseProductId } from '../domain/product-reference';
import type { ProductWithCategories } from '../domain/product-views';
import { ProductRepository } from '../domain/product.repository';
import { ProductNotFoundError } from '../domain/product.errors';
import { ProductEvents } from './product-events';
import { storedOverLatest } from './stored-over-latest';
import { existingCategoryIds, toMoney, type ProductChangesInput } from './product-input';

/** The changes, or how to make them from the product as it is stored (an image appended to its images). */
export type ProductChangesFrom = ProductChangesInput | ((current: ProductWithCategories) => ProductChangesInput);

/**
 * Changes some fields of a product; nothing is written when nothing differs. The change is stored over the
 * version it was made from (storedOverLatest), so concurrent changes to one product (two uploads, a rename
 * beside a price change) all survive, and each one's event describes the product as stored.
 */
@Injectable()
export class UpdateProductUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
    private readonly events: ProductEvents,
  ) {}

  /** `correlationId`: the request's id, carried by the events this change publishes. */
  async execute(
    id: string,
    changesFrom: ProductChangesFrom,
    correlationId: string = randomUUID(),
  ): Promise<ProductWithCategories> {
    const productId = parseProductId(id);
    annotateSpan({ [ShopAttributes.ProductId]: productId });
    return storedOverLatest(productId, async () => {
      const current = await this.find(productId, id);
      const input = typeof changesFrom === 'function' ? changesFrom(current) : changesFrom;
      const updated = applyChanges(current, await this.changesOf(input), this.clock.now());
      if (updated === current) return current;

      const stored = await this.products.update(
        updated,
        current,
        this.events.changed([{ before: current, after: updated }], correlationId),
      );
      return stored ? this.find(productId, id) : undefined;
    });
  }

  private async find(productId: string, reference: string): Promise<ProductWithCategories> {
    const product = await this.products.findByReference({ kind: 'id', id: productId }, PRODUCT_STATUSES);
    if (product === null) throw new ProductNotFoundError(reference);
    return product;
  }

  private async changesOf(input: ProductChangesInput): Promise<ProductChanges> {
    return {
      sku: input.sku,
      name: input.name,
      slug: input.slug === undefined ? undefined : assertSlug(input.slug),
      description: input.description,
      price: input.price === undefined ? undefined : toMoney(input.price),
      images: input.images,
      attributes: input.attributes,
      status: input.status,
      categoryIds:
        input.categoryIds === undefined ? undefined : await existingCategoryIds(this.categories, input.categoryIds),
    };
  }
}
