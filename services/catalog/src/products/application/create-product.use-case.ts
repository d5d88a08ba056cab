import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { CategoryRepository } from '../../categories/domain/category.repository';
import { Clock } from '@shop/service-runtime';
import { assertSlug, slugify } from '../../shared/domain/slug';
import type { Product } from '../domain/product';
import type { ProductWithCategories } from '../domain/product-views';
import { ProductRepository } from '../domain/product.repository';
import { ProductNotFoundError } from '../domain/product.errors';
import { ProductEvents } from './product-events';
import { existingCategoryIds, toMoney, type NewProductInput } from './product-input';

/** Adds a product (a draft unless told otherwise); the slug comes from the name when not given. */
@Injectable()
export class CreateProductUseCase {
  constructor(
    private readonly products: ProductRepository,
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
    private readonly events: ProductEvents,
  ) {}

  /** `correlationId`: the request's id, carried by the events this change publishes. */
  async execute(input: NewProductInput, correlationId: string = randomUUID()): Promise<ProductWithCategories> {
    const now = this.clock.now();
    const product: Product = {
      id: randomUUID(),
      sku: input.sku,
      name: input.name,
      slug: input.slug === undefined ? slugify(input.name) : assertSlug(input.slug),
      description: input.description,
      price: toMoney(input.price),
      images: input.images ?? [],
      attributes: input.attributes ?? {},
      status: input.status ?? 'draft',
      categoryIds: await existingCategoryIds(this.categories, input.categoryIds ?? []),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.products.insert(product, this.events.created(product, correlationId));
    annotateSpan({ [ShopAttributes.ProductId]: product.id });

    const created = await this.products.findByReference({ kind: 'id', id: product.id }, [product.status]);
    if (created === null) throw new ProductNotFoundError(product.id);
    return created;
  }
}
