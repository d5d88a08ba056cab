import type { Category } from './category';

/** A category with its product count (its own and its descendants' products, each counted once). */
export interface CategoryTreeNode {
  id: string;
  name: string;
  slug: string;
  position: number;
  productCount: number;
  children: CategoryTreeNode[];
}

/** Nests a flat list into trees, siblings ordered by position then name. */
export function buildCategoryTree(
  categories: readonly Category[],
  productCounts: ReadonlyMap<string, number>,
): CategoryTreeNode[] {
  const nodes = new Map<string, CategoryTreeNode>();
  for (const category of categories) {
    nodes.set(category.id, {
      id: category.id,
      name: category.name,
      slug: category.slug,
      position: category.position,
      productCount: productCounts.get(category.id) ?? 0,
      children: [],
    });
  }
  const roots: CategoryTreeNode[] = [];
  for (const category of categories) {
    const node = nodes.get(category.id);
    if (node === undefined) continue;
    const parent = category.parentId === null ? undefined : nodes.get(category.parentId);
    (parent?.children ?? roots).push(node);
  }
  sortSiblings(roots);
  return roots;
}

function sortSiblings(siblings: CategoryTreeNode[]): void {
  siblings.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  for (const node of siblings) sortSiblings(node.children);
}

/** Checks that a proposed order names exactly the current children, each once. */
export function isPermutationOf(proposed: readonly string[], current: readonly string[]): boolean {
  if (proposed.length !== current.length) return false;
  const remaining = new Set(current);
  for (const id of proposed) {
    if (!remaining.delete(id)) return false;
  }
  return remaining.size === 0;
}
