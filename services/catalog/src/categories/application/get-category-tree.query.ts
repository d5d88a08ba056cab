import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { buildCategoryTree, type CategoryTreeNode } from '../domain/category-tree';
import { CategoryRepository } from '../domain/category.repository';

/** The whole tree with active-product counts that include descendants. Two SQL statements. */
@Injectable()
export class GetCategoryTreeQuery {
  constructor(private readonly categories: CategoryRepository) {}

  async execute(): Promise<CategoryTreeNode[]> {
    const categories = await this.categories.findAll();
    const counts = await this.categories.countProducts(['active']);
    annotateSpan({ [ShopAttributes.ResultCount]: categories.length });
    return buildCategoryTree(categories, counts);
  }
}
