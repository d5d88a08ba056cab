import type { EntityManager } from 'typeorm';
import type { Category } from '../../categories/domain/category';
import type { ProductStatus, Product } from './product';
import type { ProductListCriteria } from './product-list-criteria';
import type { ProductReference } from './product-reference';
import type { ProductSummary, ProductWithCategories } from './product-views';

/**
 * More writes for a write's own transaction, given its EntityManager: the outbox rows of the events
 * that report the change, so they commit or roll back with it.
 */
export type InSameTransaction = (manager: EntityManager) => Promise<void>;

/** The category a list is filtered by: its products and those of its descendants. */
export type CategoryScope = Pick<Category, 'id' | 'path'>;

/** Where products are kept. Reads make at most two SQL statements each, whatever the page size. */
export abstract class ProductRepository {
  /**
   * How many products match the criteria (page and sort aside), in `category` or below it when given.
   * One statement.
   */
  abstract count(criteria: ProductListCriteria, category: CategoryScope | undefined): Promise<number>;

  /** The requested page of the matching products, sorted. One statement. */
  abstract findPage(criteria: ProductListCriteria, category: CategoryScope | undefined): Promise<ProductSummary[]>;

  /** The product named by id or slug, with its categories, if its status is one of `statuses`. */
  abstract findByReference(
    reference: ProductReference,
    statuses: readonly ProductStatus[],
  ): Promise<ProductWithCategories | null>;

  /** Up to `limit` other active products from the product's first category, in a stable order. */
  abstract findRelated(product: Pick<Product, 'id' | 'categoryIds'>, limit: number): Promise<ProductSummary[]>;

  /** The product name behind a slug, whatever its status. */
  abstract findNameBySlug(slug: string): Promise<string | null>;

  /** The products with these ids (those that exist), whatever their status. One statement. */
  abstract findByIds(ids: readonly string[]): Promise<Product[]>;

  /** Stores a new product; throws SkuTakenError or ProductSlugTakenError when those are in use. */
  abstract insert(product: Product, inSameTransaction: InSameTransaction): Promise<void>;

  /**
   * Stores the changed product over `previous`, if that is still the stored version: false (and nothing
   * written) when another write came first. Throws SkuTakenError or ProductSlugTakenError when those are in use.
   */
  abstract update(product: Product, previous: Product, inSameTransaction: InSameTransaction): Promise<boolean>;

  /**
   * Sets the status of every listed product in one transaction, if each is still at the version read: false
   * (and nothing written) when another write to any of them came first.
   */
  abstract setStatus(
    products: readonly Product[],
    status: ProductStatus,
    now: Date,
    inSameTransaction: InSameTransaction,
  ): Promise<boolean>;
}
