import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { CategoryRepository } from '../../categories/domain/category.repository';
import type { ProductStatus } from '../domain/product';
import type { ProductSummary } from '../domain/product-views';
import { ProductRepository, type CategoryScope } from '../domain/product.repository';
import { UnknownCategoryFilterError } from '../domain/product.errors';
import {
  offsetOf,
  productListCriteria,
  type ProductListCriteria,
  type ProductListRequest,
} from '../domain/product-list-criteria';
import { ListTotalCache } from './list-total-cache';

export interface ProductListPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Lists products page by page with filters, search and sorting, in at most three SQL statements:
 * the category filter's lookup, the count (skipped while the storefront's is cached), and the page
 * (skipped when the page lies past the end).
 */
@Injectable()
export class ListProductsQuery {
  constructor(
    private readonly products: ProductRepository,
    private readonly categories: CategoryRepository,
    private readonly storefrontTotals: ListTotalCache,
  ) {}

  /** The storefront sees active products only. */
  async storefront(request: ProductListRequest): Promise<ProductListPage> {
    return this.execute(request, ['active'], this.storefrontTotals);
  }

  /** Operators see every status, or the ones they ask for. */
  async admin(request: ProductListRequest, statuses: readonly ProductStatus[]): Promise<ProductListPage> {
    return this.execute(request, statuses);
  }

  private async execute(
    request: ProductListRequest,
    statuses: readonly ProductStatus[],
    totals?: ListTotalCache,
  ): Promise<ProductListPage> {
    const criteria = productListCriteria(request, statuses);
    annotateSpan({
      [ShopAttributes.ListSort]: criteria.sort,
      [ShopAttributes.ListPage]: criteria.page,
      ...(criteria.search === undefined ? {} : { [ShopAttributes.SearchQueryLength]: criteria.search.length }),
      ...(criteria.categorySlug === undefined ? {} : { [ShopAttributes.CategorySlug]: criteria.categorySlug }),
    });

    let scope: CategoryScope | undefined;
    if (criteria.categorySlug !== undefined) {
      const category = await this.categories.findBySlug(criteria.categorySlug);
      if (category === null) throw new UnknownCategoryFilterError(criteria.categorySlug);
      scope = { id: category.id, path: category.path };
    }

    const count = () => this.products.count(criteria, scope);
    const total = totals === undefined ? await count() : await totals.totalOf(totalKey(criteria, scope), count);
    const items = total <= offsetOf(criteria) ? [] : await this.products.findPage(criteria, scope);
    annotateSpan({ [ShopAttributes.ResultCount]: items.length, [ShopAttributes.ResultTotal]: total });
    return { items, total, page: criteria.page, pageSize: criteria.pageSize };
  }
}

/** What the total depends on: the filters, not the page or the order. */
function totalKey(criteria: ProductListCriteria, scope: CategoryScope | undefined): string {
  return JSON.stringify([
    criteria.statuses,
    scope?.id ?? null,
    criteria.search ?? null,
    criteria.minPrice?.toString() ?? null,
    criteria.maxPrice?.toString() ?? null,
  ]);
}
