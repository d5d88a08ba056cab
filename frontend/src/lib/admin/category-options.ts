import type { CategoryNode } from '@/lib/types';

/** The category tree as one list in tree order, each with its depth for indentation. */
export function categoryOptions(
  tree: readonly CategoryNode[],
  depth = 0,
): { id: string; name: string; depth: number }[] {
  return tree.flatMap((node) => [
    { id: node.id, name: node.name, depth },
    ...categoryOptions(node.children, depth + 1),
  ]);
}
