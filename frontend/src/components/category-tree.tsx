import Link from 'next/link';
import type { CategoryNode } from '@/lib/types';

interface CategoryTreeProps {
  tree: CategoryNode[];
  /** The category being shown; its branch is opened and it is marked as the current page. */
  currentSlug?: string;
  hrefFor: (slug: string) => string;
}

function contains(node: CategoryNode, slug: string | undefined): boolean {
  if (slug === undefined) return false;
  return node.slug === slug || node.children.some((child) => contains(child, slug));
}

interface BranchProps extends Omit<CategoryTreeProps, 'tree'> {
  nodes: CategoryNode[];
  level: number;
}

function Branch({ nodes, currentSlug, hrefFor, level }: BranchProps) {
  return (
    <ul className={level === 1 ? 'space-y-1' : 'mt-1 space-y-1 border-l border-slate-200 pl-3'}>
      {nodes.map((node) => {
        const current = node.slug === currentSlug;
        const open = node.children.length > 0 && contains(node, currentSlug);
        return (
          <li key={node.id}>
            <Link
              href={hrefFor(node.slug)}
              aria-current={current ? 'page' : undefined}
              className={`flex justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100 ${
                current ? 'bg-indigo-50 font-semibold text-indigo-900' : 'text-slate-800'
              }`}
            >
              <span>{node.name}</span>
              <span className="text-slate-600">
                <span aria-hidden="true">{node.productCount}</span>
                <span className="sr-only">, {node.productCount} products</span>
              </span>
            </Link>
            {open ? (
              <Branch nodes={node.children} currentSlug={currentSlug} hrefFor={hrefFor} level={level + 1} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The category tree as navigation: top-level categories always, the branch of the current one opened. */
export function CategoryTree({ tree, currentSlug, hrefFor }: CategoryTreeProps) {
  if (tree.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">Categories</h2>
      <Branch nodes={tree} currentSlug={currentSlug} hrefFor={hrefFor} level={1} />
    </nav>
  );
}
