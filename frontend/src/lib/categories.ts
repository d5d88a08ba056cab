import type { CategoryNode } from './types';

/** The categories from the top of the tree down to the one with this slug, or [] when there is none. */
export function categoryPath(tree: readonly CategoryNode[], slug: string): CategoryNode[] {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = categoryPath(node.children, slug);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}
