import type { CategoryNode } from '@/lib/types';
import type { FieldErrors } from './form-data';
import { textField } from './form-data';

/** Where a node sits: its parent (null: the top level) and its siblings, itself included, in order. */
export interface Placement {
  parentId: string | null;
  siblings: readonly CategoryNode[];
  index: number;
}

export function placementOf(
  tree: readonly CategoryNode[],
  id: string,
  parentId: string | null = null,
): Placement | null {
  const index = tree.findIndex((node) => node.id === id);
  if (index >= 0) return { parentId, siblings: tree, index };
  for (const node of tree) {
    const found = placementOf(node.children, id, node.id);
    if (found) return found;
  }
  return null;
}

export function findCategory(tree: readonly CategoryNode[], id: string): CategoryNode | null {
  const placement = placementOf(tree, id);
  return placement ? (placement.siblings[placement.index] ?? null) : null;
}

/** True when `id` is `ancestorId` itself or lies anywhere below it. */
export function isSelfOrDescendant(tree: readonly CategoryNode[], ancestorId: string, id: string): boolean {
  const ancestor = findCategory(tree, ancestorId);
  if (!ancestor) return false;
  const below = (node: CategoryNode): boolean => node.id === id || node.children.some(below);
  return below(ancestor);
}

/**
 * What the catalog is asked to do: `move` puts the category under another parent (as its last child);
 * `order` then gives that parent's children their new order. Either may be absent, not both.
 */
export interface CategoryPlan {
  categoryId: string;
  move: { parentId: string | null } | null;
  order: { parentId: string | null; childIds: string[] } | null;
}

export type PlanOutcome = { ok: true; plan: CategoryPlan } | { ok: false; reason: string } | { ok: null };

/** Where a dragged node was dropped: before or after a node, inside it (as its last child), or at the top level's end. */
export type DropTarget = { kind: 'before' | 'after' | 'inside'; targetId: string } | { kind: 'top-level' };

const UNCHANGED: PlanOutcome = { ok: null };

function ids(nodes: readonly CategoryNode[]): string[] {
  return nodes.map((node) => node.id);
}

/** The plan that puts `categoryId` at `index` among `parentId`'s current children (without it). */
function placeAt(
  tree: readonly CategoryNode[],
  categoryId: string,
  parentId: string | null,
  others: string[],
  index: number,
): PlanOutcome {
  const from = placementOf(tree, categoryId);
  if (!from) return { ok: false, reason: 'That category is no longer in the tree; reload the page.' };
  const childIds = [...others.slice(0, index), categoryId, ...others.slice(index)];
  const sameParent = from.parentId === parentId;
  if (sameParent && ids(from.siblings).join() === childIds.join()) return UNCHANGED;
  const movedToEnd = index === others.length;
  return {
    ok: true,
    plan: {
      categoryId,
      move: sameParent ? null : { parentId },
      // A moved category arrives as the last child: only another place needs a reorder.
      order: sameParent || !movedToEnd ? { parentId, childIds } : null,
    },
  };
}

/** The plan for a drop, or why it is refused (a category cannot go into its own subtree). */
export function planDrop(tree: readonly CategoryNode[], categoryId: string, target: DropTarget): PlanOutcome {
  if (target.kind === 'top-level') {
    const others = ids(tree).filter((id) => id !== categoryId);
    return placeAt(tree, categoryId, null, others, others.length);
  }
  if (isSelfOrDescendant(tree, categoryId, target.targetId)) {
    return target.targetId === categoryId
      ? UNCHANGED
      : { ok: false, reason: 'A category cannot be moved into its own subcategories.' };
  }
  if (target.kind === 'inside') {
    const parent = findCategory(tree, target.targetId);
    if (!parent) return { ok: false, reason: 'That category is no longer in the tree; reload the page.' };
    const others = ids(parent.children).filter((id) => id !== categoryId);
    return placeAt(tree, categoryId, parent.id, others, others.length);
  }
  const at = placementOf(tree, target.targetId);
  if (!at) return { ok: false, reason: 'That category is no longer in the tree; reload the page.' };
  const others = ids(at.siblings).filter((id) => id !== categoryId);
  const targetIndex = others.indexOf(target.targetId);
  return placeAt(tree, categoryId, at.parentId, others, target.kind === 'before' ? targetIndex : targetIndex + 1);
}

/** Move up (-1) or down (+1) among the siblings: a reorder of the parent's children. */
export function planStep(tree: readonly CategoryNode[], categoryId: string, step: -1 | 1): PlanOutcome {
  const at = placementOf(tree, categoryId);
  if (!at) return { ok: false, reason: 'That category is no longer in the tree; reload the page.' };
  const neighbour = at.siblings[at.index + step];
  if (!neighbour) return UNCHANGED;
  return planDrop(tree, categoryId, { kind: step === -1 ? 'before' : 'after', targetId: neighbour.id });
}

/** "Move to…": under another parent (null: the top level), as its last child. */
export function planMoveTo(tree: readonly CategoryNode[], categoryId: string, parentId: string | null): PlanOutcome {
  return parentId === null
    ? planDrop(tree, categoryId, { kind: 'top-level' })
    : planDrop(tree, categoryId, { kind: 'inside', targetId: parentId });
}

export interface ParentOption {
  id: string;
  name: string;
  depth: number;
}

/** The parents a category may move under: every category outside its own subtree, in tree order. */
export function moveTargets(tree: readonly CategoryNode[], categoryId: string, depth = 0): ParentOption[] {
  return tree
    .filter((node) => node.id !== categoryId)
    .flatMap((node) => [{ id: node.id, name: node.name, depth }, ...moveTargets(node.children, categoryId, depth + 1)]);
}

/** The API's slug rule (lowercase letters and digits joined by single hyphens). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_NAME_LENGTH = 200;
const MAX_SLUG_LENGTH = 120;

export type CategoryField = 'name' | 'slug' | 'parentId';
export interface CategoryFormValues {
  name: string;
  slug: string;
  parentId: string;
}

export function categoryFormValues(form: FormData): CategoryFormValues {
  return {
    name: textField(form, 'name').trim(),
    slug: textField(form, 'slug').trim(),
    parentId: textField(form, 'parentId'),
  };
}

export function validateCategory(values: CategoryFormValues): FieldErrors<CategoryField> {
  const errors: FieldErrors<CategoryField> = {};
  if (values.name === '') errors.name = 'Enter a name';
  else if (values.name.length > MAX_NAME_LENGTH) errors.name = `At most ${MAX_NAME_LENGTH} characters`;
  if (values.slug !== '' && (values.slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(values.slug))) {
    errors.slug = 'Lowercase letters and digits joined by single hyphens, like desk-lamps';
  }
  return errors;
}
