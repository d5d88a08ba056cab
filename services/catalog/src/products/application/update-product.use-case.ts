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
import { existingCategoryIds, toMoney, type ProductChangesInput } from './product-input';

/** Changes some fields of a product; nothing is written when nothing differs. */
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
    input: ProductChangesInput,
    correlationId: string = randomUUID(),
  ): Promise<ProductWithCategories> {
    const productId = parseProductId(id);
    annotateSpan({ [ShopAttributes.ProductId]: productId });
    const current = await this.products.findByReference({ kind: 'id', id: productId }, PRODUCT_STATUSES);
    if (current === null) throw new ProductNotFoundError(id);

    const changes: ProductChanges = {
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
    const updated = applyChanges(current, changes, this.clock.now());
    if (updated === current) return current;

    await this.products.update(
      updated,
      current,
      this.events.changed([{ before: current, after: updated }], correlationId),
    );
    const stored = await this.products.findByReference({ kind: 'id', id: productId }, PRODUCT_STATUSES);
    if (stored === null) throw new ProductNotFoundError(id);
    return stored;
  }
}
