import type { ProductStatus } from '../../products/domain/product';
import type { Category } from './category';
import type { CategoryMove } from './category-path';

/** Where the category tree is kept. */
export abstract class CategoryRepository {
  /**
   * Runs the work in one database transaction, with a repository bound to it; what the work locks
   * stays locked until the work is done. Tree changes that read paths and then write them use this.
   */
  abstract inTransaction<T>(work: (categories: CategoryRepository) => Promise<T>): Promise<T>;

  /**
   * Reads every category and locks them all until the transaction ends (inside `inTransaction` only):
   * changes to the tree's shape then run one at a time, each on paths no other one is changing. The
   * tree is small (tens to hundreds of rows), so the lock is cheap and no two moves can deadlock.
   */
  abstract lockTree(): Promise<Category[]>;

  abstract findAll(): Promise<Category[]>;

  /**
   * For every category, how many products with one of the statuses are in it or below it, each
   * product counted once per category however many of its subcategories list it. One statement.
   */
  abstract countProducts(statuses: readonly ProductStatus[]): Promise<Map<string, number>>;

  abstract findById(id: string): Promise<Category | null>;

  abstract findBySlug(slug: string): Promise<Category | null>;

  /** Which of these ids exist. */
  abstract findExistingIds(ids: readonly string[]): Promise<string[]>;

  /** Depth of the deepest category in the subtree rooted at the category (its own depth if a leaf). */
  abstract subtreeDepth(category: Pick<Category, 'path' | 'depth'>): Promise<number>;

  /** The position after the last child of the parent (null: the top level). */
  abstract nextPosition(parentId: string | null): Promise<number>;

  /** Ids of the parent's children (null: the top level), in their current order. */
  abstract childIds(parentId: string | null): Promise<string[]>;

  /** Stores a new category; throws CategorySlugTakenError when the slug is in use. */
  abstract insert(category: Category, now: Date): Promise<void>;

  /** Stores a new name and slug; throws CategorySlugTakenError when the slug is in use. */
  abstract rename(id: string, name: string, slug: string, now: Date): Promise<void>;

  /** Moves a category and rewrites the paths of its whole subtree in one statement (inside `inTransaction`). */
  abstract move(move: CategoryMove, position: number, now: Date): Promise<void>;

  /** Gives the listed children positions 0, 1, 2... in that order, in one statement. */
  abstract reorder(childIds: readonly string[], now: Date): Promise<void>;
}
