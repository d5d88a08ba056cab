import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { assertSlug } from '../../shared/domain/slug';
import type { Category } from '../domain/category';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError } from '../domain/category.errors';

export interface CategoryNameInput {
  name?: string;
  slug?: string;
}

/** Changes a category's name and/or slug; its place in the tree (and its path) stays. */
@Injectable()
export class RenameCategoryUseCase {
  constructor(
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, input: CategoryNameInput): Promise<Category> {
    const category = await this.categories.findById(id.toLowerCase());
    if (category === null) throw new CategoryNotFoundError([id]);
    annotateSpan({ [ShopAttributes.CategoryId]: category.id });

    const renamed = {
      ...category,
      name: input.name ?? category.name,
      slug: input.slug === undefined ? category.slug : assertSlug(input.slug),
    };
    if (renamed.name === category.name && renamed.slug === category.slug) return category;
    await this.categories.rename(category.id, renamed.name, renamed.slug, this.clock.now());
    return renamed;
  }
}
