import type { CategoryNode } from '@/lib/types';
import { isSelfOrDescendant, moveTargets, planDrop, planMoveTo, planStep, validateCategory } from './category-tree';

function node(id: string, children: CategoryNode[] = []): CategoryNode {
  return { id, name: id.toUpperCase(), slug: id, position: 0, productCount: 0, children };
}

// lighting ─ lamps ─ desk
//          └ bulbs
// garden
// kitchen
const TREE: CategoryNode[] = [
  node('lighting', [node('lamps', [node('desk')]), node('bulbs')]),
  node('garden'),
  node('kitchen'),
];

describe('planDrop', () => {
  it('reorders the siblings when a category is dropped before another of the same parent', () => {
    expect(planDrop(TREE, 'kitchen', { kind: 'before', targetId: 'lighting' })).toEqual({
      ok: true,
      plan: {
        categoryId: 'kitchen',
        move: null,
        order: { parentId: null, childIds: ['kitchen', 'lighting', 'garden'] },
      },
    });
    expect(planDrop(TREE, 'lamps', { kind: 'after', targetId: 'bulbs' })).toEqual({
      ok: true,
      plan: { categoryId: 'lamps', move: null, order: { parentId: 'lighting', childIds: ['bulbs', 'lamps'] } },
    });
  });

  it('only moves when a category is dropped inside another: it arrives as the last child', () => {
    expect(planDrop(TREE, 'garden', { kind: 'inside', targetId: 'lighting' })).toEqual({
      ok: true,
      plan: { categoryId: 'garden', move: { parentId: 'lighting' }, order: null },
    });
    expect(planDrop(TREE, 'desk', { kind: 'top-level' })).toEqual({
      ok: true,
      plan: { categoryId: 'desk', move: { parentId: null }, order: null },
    });
  });

  it('moves and then reorders when a category is dropped between the children of another parent', () => {
    expect(planDrop(TREE, 'garden', { kind: 'before', targetId: 'bulbs' })).toEqual({
      ok: true,
      plan: {
        categoryId: 'garden',
        move: { parentId: 'lighting' },
        order: { parentId: 'lighting', childIds: ['lamps', 'garden', 'bulbs'] },
      },
    });
  });

  it('refuses a drop into the category itself or anywhere in its subtree', () => {
    const refused = { ok: false, reason: 'A category cannot be moved into its own subcategories.' };
    expect(planDrop(TREE, 'lighting', { kind: 'inside', targetId: 'lamps' })).toEqual(refused);
    expect(planDrop(TREE, 'lighting', { kind: 'before', targetId: 'desk' })).toEqual(refused);
    expect(planDrop(TREE, 'lighting', { kind: 'inside', targetId: 'lighting' })).toEqual({ ok: null });
  });

  it('asks for nothing when the drop leaves the tree as it was', () => {
    expect(planDrop(TREE, 'garden', { kind: 'after', targetId: 'lighting' })).toEqual({ ok: null });
    expect(planDrop(TREE, 'bulbs', { kind: 'inside', targetId: 'lighting' })).toEqual({ ok: null });
    expect(planDrop(TREE, 'kitchen', { kind: 'top-level' })).toEqual({ ok: null });
  });

  it('refuses a category that is no longer in the tree', () => {
    expect(planDrop(TREE, 'gone', { kind: 'inside', targetId: 'garden' }).ok).toBe(false);
  });
});

describe('the keyboard plans', () => {
  it('swap a category with its neighbour, and do nothing at either end', () => {
    expect(planStep(TREE, 'garden', -1)).toEqual({
      ok: true,
      plan: {
        categoryId: 'garden',
        move: null,
        order: { parentId: null, childIds: ['garden', 'lighting', 'kitchen'] },
      },
    });
    expect(planStep(TREE, 'lamps', 1)).toEqual({
      ok: true,
      plan: { categoryId: 'lamps', move: null, order: { parentId: 'lighting', childIds: ['bulbs', 'lamps'] } },
    });
    expect(planStep(TREE, 'lighting', -1)).toEqual({ ok: null });
    expect(planStep(TREE, 'kitchen', 1)).toEqual({ ok: null });
  });

  it('move to a chosen parent or the top level, never below the category itself', () => {
    expect(planMoveTo(TREE, 'kitchen', 'lamps')).toEqual({
      ok: true,
      plan: { categoryId: 'kitchen', move: { parentId: 'lamps' }, order: null },
    });
    expect(planMoveTo(TREE, 'lamps', null)).toEqual({
      ok: true,
      plan: { categoryId: 'lamps', move: { parentId: null }, order: null },
    });
    expect(planMoveTo(TREE, 'lamps', 'desk').ok).toBe(false);
  });

  it('offer as new parents every category outside the subtree, in tree order with depth', () => {
    expect(moveTargets(TREE, 'lamps')).toEqual([
      { id: 'lighting', name: 'LIGHTING', depth: 0 },
      { id: 'bulbs', name: 'BULBS', depth: 1 },
      { id: 'garden', name: 'GARDEN', depth: 0 },
      { id: 'kitchen', name: 'KITCHEN', depth: 0 },
    ]);
  });

  it('know the subtree', () => {
    expect(isSelfOrDescendant(TREE, 'lighting', 'desk')).toBe(true);
    expect(isSelfOrDescendant(TREE, 'lamps', 'lamps')).toBe(true);
    expect(isSelfOrDescendant(TREE, 'lamps', 'bulbs')).toBe(false);
  });
});

describe(validateCategory.name, () => {
  it('wants a name and accepts an empty slug', () => {
    expect(validateCategory({ name: 'Desk lamps', slug: '', parentId: '' })).toEqual({});
    expect(validateCategory({ name: '', slug: 'Desk Lamps', parentId: '' })).toEqual({
      name: 'Enter a name',
      slug: 'Lowercase letters and digits joined by single hyphens, like desk-lamps',
    });
  });
});
