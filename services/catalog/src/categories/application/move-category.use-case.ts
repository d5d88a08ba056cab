import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { Clock } from '@shop/service-runtime';
import type { Category } from '../domain/category';
import { depthOf, planMove } from '../domain/category-path';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError } from '../domain/category.errors';

/**
 * Moves a category, with everything under it, to the end of another parent's children (or of the
 * top level with null). Moving under itself or a descendant is refused.
 */
@Injectable()
export class MoveCategoryUseCase {
  constructor(
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, newParentId: string | null): Promise<Category> {
    const categoryId = id.toLowerCase();
    const parentId = newParentId?.toLowerCase() ?? null;
    annotateSpan({ [ShopAttributes.CategoryId]: categoryId });

    // The tree stays locked until the paths are rewritten, so two concurrent moves cannot each pass
    // the cycle check against paths the other one is about to change.
    return this.categories.inTransaction(async (categories) => {
      const locked = await categories.lockTree();
      const category = locked.find((candidate) => candidate.id === categoryId);
      if (category === undefined) throw new CategoryNotFoundError([id]);
      const parent = parentId === null ? null : locked.find((candidate) => candidate.id === parentId);
      if (parent === undefined) throw new CategoryNotFoundError([parentId ?? '']);
      if (parentId === category.parentId) return category;

      const move = planMove(category, parent, await categories.subtreeDepth(category));
      const position = await categories.nextPosition(parentId);
      await categories.move(move, position, this.clock.now());
      return { ...category, parentId, position, path: move.toPrefix, depth: depthOf(move.toPrefix) };
    });
  }
}
