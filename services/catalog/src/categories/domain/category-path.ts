import type { Category } from './category';
import { CategoryCycleError, CategoryTooDeepError } from './category.errors';

/** Deep enough for any shop's navigation, shallow enough that a path fits an indexed column. */
export const MAX_CATEGORY_DEPTH = 8;
const SEPARATOR = '/';

/**
 * The materialized path of a category: its ancestors' ids and its own, "/a/b/c/". Every descendant's
 * path starts with it, so "this category and everything under it" is one prefix match on an index.
 */
export function pathOf(id: string, parent: Pick<Category, 'path'> | null): string {
  return `${parent?.path ?? SEPARATOR}${id}${SEPARATOR}`;
}

/** Depth 1 is a top-level category. */
export function depthOf(path: string): number {
  return path.split(SEPARATOR).length - 2;
}

/** True when `candidate` is `category` itself or lies anywhere below it. */
export function isSelfOrDescendant(candidate: Pick<Category, 'path'>, category: Pick<Category, 'path'>): boolean {
  return candidate.path.startsWith(category.path);
}

/** Throws CategoryTooDeepError when a category would sit deeper than the tree allows. */
export function assertDepth(depth: number): void {
  if (depth > MAX_CATEGORY_DEPTH) throw new CategoryTooDeepError(MAX_CATEGORY_DEPTH);
}

/** How a move rewrites paths: every path starting with `fromPrefix` gets `toPrefix` instead. */
export interface CategoryMove {
  categoryId: string;
  parentId: string | null;
  fromPrefix: string;
  toPrefix: string;
  depthChange: number;
}

/**
 * Plans moving a category (with its subtree) under a new parent, or to the top level with null.
 * Refuses a move under itself or a descendant, and one that would push the subtree too deep;
 * `subtreeDepth` is the depth of the deepest category in the subtree (the category's own if a leaf).
 */
export function planMove(
  category: Pick<Category, 'id' | 'path' | 'depth'>,
  newParent: Pick<Category, 'id' | 'path' | 'depth'> | null,
  subtreeDepth: number,
): CategoryMove {
  if (newParent !== null && isSelfOrDescendant(newParent, category)) {
    throw new CategoryCycleError(category.id, newParent.id);
  }
  const toPrefix = pathOf(category.id, newParent);
  const depthChange = depthOf(toPrefix) - category.depth;
  assertDepth(subtreeDepth + depthChange);
  return { categoryId: category.id, parentId: newParent?.id ?? null, fromPrefix: category.path, toPrefix, depthChange };
}
