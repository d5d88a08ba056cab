import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { isPermutationOf } from '../domain/category-tree';
import { CategoryRepository } from '../domain/category.repository';
import { CategoryNotFoundError, CategoryOrderMismatchError } from '../domain/category.errors';

/** Puts a parent's children (or the top-level categories, parent null) in the given order. */
@Injectable()
export class ReorderCategoriesUseCase {
  constructor(
    private readonly categories: CategoryRepository,
    private readonly clock: Clock,
  ) {}

  async execute(parentId: string | null, orderedIds: readonly string[]): Promise<void> {
    const parent = parentId?.toLowerCase() ?? null;
    if (parent !== null && (await this.categories.findById(parent)) === null) {
      throw new CategoryNotFoundError([parent]);
    }
    const wanted = orderedIds.map((id) => id.toLowerCase());
    if (!isPermutationOf(wanted, await this.categories.childIds(parent))) throw new CategoryOrderMismatchError();
    await this.categories.reorder(wanted, this.clock.now());
  }
}
