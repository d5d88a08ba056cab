import type { CategoryNode } from '@/lib/types';

function Branch({ nodes, label }: { nodes: readonly CategoryNode[]; label: string }) {
  return (
    <ul aria-label={label} className="space-y-1">
      {nodes.map((node) => (
        <li key={node.id}>
          <div className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1.5">
            <span className="font-medium text-slate-900">{node.name}</span>
            <span className="font-mono text-xs text-slate-600">{node.slug}</span>
            <span className="text-xs text-slate-700">
              {node.productCount} {node.productCount === 1 ? 'product' : 'products'}
            </span>
          </div>
          {node.children.length > 0 ? (
            <div className="mt-1 ml-6 border-l border-slate-200 pl-3">
              <Branch nodes={node.children} label={`Inside ${node.name}`} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The tree as a viewer sees it: names, slugs and product counts, nothing to change. */
export function CategoryTreeView({ tree }: { tree: readonly CategoryNode[] }) {
  return <Branch nodes={tree} label="Categories" />;
}
