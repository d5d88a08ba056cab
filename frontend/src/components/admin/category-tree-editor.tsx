'use client';

import { useEffect, useState, useTransition, type DragEvent, type FormEvent } from 'react';
import type { ArrangeState, CategoryFormState } from '@/app/admin/actions/categories';
import {
  findCategory,
  moveTargets,
  placementOf,
  planDrop,
  planMoveTo,
  planStep,
  type CategoryPlan,
  type DropTarget,
  type PlanOutcome,
} from '@/lib/admin/category-tree';
import type { CategoryNode } from '@/lib/types';
import { AdminFailure, DoneMessage } from './admin-failure';
import { RenameCategoryForm } from './category-forms';

const SMALL_BUTTON =
  'rounded border border-slate-500 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 disabled:border-slate-300 disabled:text-slate-400';
const TOP_LEVEL = '';

interface CategoryTreeEditorProps {
  tree: CategoryNode[];
  arrange: (plan: CategoryPlan, description: string) => Promise<ArrangeState>;
  rename: (categoryId: string, previous: CategoryFormState, form: FormData) => Promise<CategoryFormState>;
}

/** What happened to the last change, shown beside the category it was about. */
interface Outcome {
  categoryId: string;
  failure?: ArrangeState['failure'];
  refused?: string;
}

/** The drop zone from where the pointer is on a row: its top quarter, its bottom quarter, or its middle. */
function dropKind(event: DragEvent<HTMLElement>): 'before' | 'after' | 'inside' {
  const box = event.currentTarget.getBoundingClientRect();
  const offset = (event.clientY - box.top) / Math.max(box.height, 1);
  return offset < 0.25 ? 'before' : offset > 0.75 ? 'after' : 'inside';
}

function describePlan(tree: readonly CategoryNode[], plan: CategoryPlan): string {
  const name = findCategory(tree, plan.categoryId)?.name ?? 'The category';
  const parentId = plan.move?.parentId ?? plan.order?.parentId ?? null;
  const parent = parentId === null ? 'the top level' : (findCategory(tree, parentId)?.name ?? 'its parent');
  if (!plan.move) return `${name} moved within ${parent}.`;
  return `${name} moved to ${parent}.`;
}

/**
 * The tree with every change two ways: drag and drop (onto a row's middle: inside it; onto its top or
 * bottom edge: before or after it), and buttons for the keyboard (up, down, and "move to" a chosen parent).
 */
export function CategoryTreeEditor({ tree, arrange, rename }: CategoryTreeEditorProps) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [done, setDone] = useState<string | undefined>();
  const [dragged, setDragged] = useState<string | null>(null);
  const [hint, setHint] = useState<DropTarget | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);

  // Moving a row re-renders the tree; the keyboard user's focus goes back to the control they used.
  useEffect(() => {
    if (!focusAfter) return;
    const control = document.getElementById(focusAfter);
    if (control instanceof HTMLButtonElement && control.disabled) {
      document.getElementById(focusAfter.replace(/^[a-z]+-/, 'row-'))?.focus();
    } else control?.focus();
  }, [tree, focusAfter]);

  function run(categoryId: string, planned: PlanOutcome, focusId: string | null) {
    setDone(undefined);
    if (planned.ok === null) return setOutcome(null);
    if (!planned.ok) return setOutcome({ categoryId, refused: planned.reason });
    const { plan } = planned;
    const description = describePlan(tree, plan);
    startTransition(async () => {
      const result = await arrange(plan, description);
      setOutcome(result.failure ? { categoryId, failure: result.failure } : null);
      setDone(result.done);
      setFocusAfter(focusId);
    });
  }

  function onDrop(event: DragEvent<HTMLElement>, target: DropTarget) {
    event.preventDefault();
    event.stopPropagation();
    const categoryId = dragged ?? event.dataTransfer.getData('text/plain');
    setDragged(null);
    setHint(null);
    if (categoryId) run(categoryId, planDrop(tree, categoryId, target), null);
  }

  function onMoveTo(event: FormEvent<HTMLFormElement>, categoryId: string) {
    event.preventDefault();
    const parent = new FormData(event.currentTarget).get('parentId');
    const parentId = typeof parent === 'string' && parent !== TOP_LEVEL ? parent : null;
    run(categoryId, planMoveTo(tree, categoryId, parentId), `row-${categoryId}`);
  }

  function renderNode(node: CategoryNode) {
    const at = placementOf(tree, node.id);
    const first = at?.index === 0;
    const last = at ? at.index === at.siblings.length - 1 : true;
    const hinted = hint && hint.kind !== 'top-level' && hint.targetId === node.id ? hint.kind : null;
    const mine = outcome?.categoryId === node.id ? outcome : null;
    return (
      <li key={node.id}>
        <div
          id={`row-${node.id}`}
          tabIndex={-1}
          draggable
          data-testid={`category-row-${node.slug}`}
          onDragStart={(event) => {
            event.dataTransfer.setData('text/plain', node.id);
            event.dataTransfer.effectAllowed = 'move';
            setDragged(node.id);
          }}
          onDragEnd={() => {
            setDragged(null);
            setHint(null);
          }}
          onDragOver={(event) => {
            if (!dragged) return;
            event.preventDefault();
            event.stopPropagation();
            event.dataTransfer.dropEffect = 'move';
            const kind = dropKind(event);
            if (hinted !== kind) setHint({ kind, targetId: node.id });
          }}
          onDrop={(event) => onDrop(event, { kind: dropKind(event), targetId: node.id })}
          className={`flex flex-wrap items-center gap-2 rounded border bg-white px-2 py-1.5 ${
            dragged === node.id ? 'opacity-50' : ''
          } ${hinted === 'inside' ? 'border-indigo-600 bg-indigo-50' : 'border-slate-200'} ${
            hinted === 'before' ? 'border-t-4 border-t-indigo-600' : ''
          } ${hinted === 'after' ? 'border-b-4 border-b-indigo-600' : ''}`}
        >
          <span aria-hidden="true" className="cursor-grab text-slate-500 select-none">
            ⠿
          </span>
          <span className="font-medium text-slate-900">{node.name}</span>
          <span className="font-mono text-xs text-slate-600">{node.slug}</span>
          <span className="text-xs text-slate-700">
            {node.productCount} {node.productCount === 1 ? 'product' : 'products'}
          </span>
          <span className="ml-auto flex flex-wrap items-center gap-1">
            <button
              id={`up-${node.id}`}
              type="button"
              disabled={pending || first}
              onClick={() => run(node.id, planStep(tree, node.id, -1), `up-${node.id}`)}
              aria-label={`Move ${node.name} up`}
              className={SMALL_BUTTON}
            >
              ↑ Up
            </button>
            <button
              id={`down-${node.id}`}
              type="button"
              disabled={pending || last}
              onClick={() => run(node.id, planStep(tree, node.id, 1), `down-${node.id}`)}
              aria-label={`Move ${node.name} down`}
              className={SMALL_BUTTON}
            >
              ↓ Down
            </button>
            <form onSubmit={(event) => onMoveTo(event, node.id)} className="flex items-center gap-1">
              <label htmlFor={`parent-${node.id}`} className="sr-only">
                New parent of {node.name}
              </label>
              <select
                id={`parent-${node.id}`}
                name="parentId"
                defaultValue={at?.parentId ?? TOP_LEVEL}
                className="rounded border border-slate-400 px-1 py-0.5 text-xs"
              >
                <option value={TOP_LEVEL}>Top level</option>
                {moveTargets(tree, node.id).map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {`${'\u2003'.repeat(parent.depth)}${parent.name}`}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                disabled={pending}
                aria-label={`Move ${node.name} to the chosen parent`}
                className={SMALL_BUTTON}
              >
                Move to…
              </button>
            </form>
          </span>
        </div>
        {mine?.refused ? (
          <p role="alert" className="mt-1 text-sm text-red-800">
            {mine.refused}
          </p>
        ) : null}
        {mine?.failure ? (
          <div className="mt-1">
            <AdminFailure failure={mine.failure} title={`${node.name} was not moved`} />
          </div>
        ) : null}
        <details className="ml-6 text-sm">
          <summary className="cursor-pointer text-indigo-800">
            Rename<span className="sr-only"> {node.name}</span>
          </summary>
          <RenameCategoryForm
            action={rename.bind(null, node.id)}
            categoryId={node.id}
            name={node.name}
            slug={node.slug}
          />
        </details>
        {node.children.length > 0 ? (
          <ul aria-label={`Inside ${node.name}`} className="mt-1 ml-6 space-y-1 border-l border-slate-200 pl-3">
            {node.children.map(renderNode)}
          </ul>
        ) : null}
      </li>
    );
  }

  return (
    <div className="space-y-3">
      <p id="category-tree-help" className="text-sm text-slate-700">
        Drag a category onto another to put it inside, or onto its top or bottom edge to place it before or after. With
        the keyboard, use Up, Down and Move to….
      </p>
      <DoneMessage text={done} />
      <ul aria-label="Categories" aria-describedby="category-tree-help" aria-busy={pending} className="space-y-1">
        {tree.map(renderNode)}
      </ul>
      <div
        onDragOver={(event) => {
          if (!dragged) return;
          event.preventDefault();
          if (hint?.kind !== 'top-level') setHint({ kind: 'top-level' });
        }}
        onDragLeave={() => setHint(null)}
        onDrop={(event) => onDrop(event, { kind: 'top-level' })}
        className={`rounded border-2 border-dashed p-3 text-center text-sm ${
          hint?.kind === 'top-level' ? 'border-indigo-600 bg-indigo-50' : 'border-slate-300 text-slate-600'
        }`}
      >
        Drop here to move a category to the end of the top level
      </div>
    </div>
  );
}
