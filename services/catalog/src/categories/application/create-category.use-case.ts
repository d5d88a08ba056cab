import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import { assertSlug, slugify } from '../../shared/domain/slug';
import type { Category } from '../domain/category';
import { assertDepth, depthOf, pathOf } from '../domain/category-path';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError } from '../domain/category.errors';

export interface NewCategoryInput {
  name: string;
  slug?: string;
  /** Absent or null: a top-level category. */
  parentId?: string | null;
}

/** Adds a category as the last child of its parent; the slug comes from the name when not given. */
@Injectable()
export class CreateCategoryUseCase {
  constructor(
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(input: NewCategoryInput): Promise<Category> {
    const parentId = input.parentId?.toLowerCase() ?? null;
    const slug = input.slug === undefined ? slugify(input.name) : assertSlug(input.slug);

    // The tree stays locked until the child is stored, so a concurrent move of the parent cannot
    // rewrite the subtree's paths without this child's.
    const category = await this.categories.inTransaction(async (categories) => {
      const tree = await categories.lockTree();
      const parent = parentId === null ? null : (tree.find((candidate) => candidate.id === parentId) ?? null);
      if (parentId !== null && parent === null) throw new CategoryNotFoundError([parentId]);

      const id = randomUUID();
      const path = pathOf(id, parent);
      assertDepth(depthOf(path));
      const created: Category = {
        id,
        parentId,
        name: input.name,
        slug,
        position: await categories.nextPosition(parentId),
        path,
        depth: depthOf(path),
      };
      await categories.insert(created, this.clock.now());
      return created;
    });
    annotateSpan({ [ShopAttributes.CategoryId]: category.id, [ShopAttributes.CategorySlug]: category.slug });
    return category;
  }
}
