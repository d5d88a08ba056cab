import { CategoryCycleError, CategoryTooDeepError } from './category.errors';
import { depthOf, isSelfOrDescendant, MAX_CATEGORY_DEPTH, pathOf, planMove } from './category-path';

const root = { id: 'a', path: '/a/', depth: 1 };
const child = { id: 'b', path: '/a/b/', depth: 2 };
const grandchild = { id: 'c', path: '/a/b/c/', depth: 3 };
const otherRoot = { id: 'x', path: '/x/', depth: 1 };

describe('category paths', () => {
  it('builds a path from the parent', () => {
    expect(pathOf('a', null)).toBe('/a/');
    expect(pathOf('c', child)).toBe('/a/b/c/');
  });

  it('reads the depth from the path', () => {
    expect(depthOf('/a/')).toBe(1);
    expect(depthOf('/a/b/c/')).toBe(3);
  });

  it('knows descendants by prefix, not by a shared id start', () => {
    expect(isSelfOrDescendant(grandchild, root)).toBe(true);
    expect(isSelfOrDescendant(root, root)).toBe(true);
    expect(isSelfOrDescendant({ path: '/ab/' }, root)).toBe(false);
    expect(isSelfOrDescendant(root, grandchild)).toBe(false);
  });
});

describe(planMove.name, () => {
  it('moves a subtree under another parent', () => {
    expect(planMove(child, otherRoot, 3)).toEqual({
      categoryId: 'b',
      parentId: 'x',
      fromPrefix: '/a/b/',
      toPrefix: '/x/b/',
      depthChange: 0,
    });
  });

  it('moves a subtree to the top level', () => {
    expect(planMove(grandchild, null, 3)).toMatchObject({ parentId: null, toPrefix: '/c/', depthChange: -2 });
  });

  it('refuses a move under itself', () => {
    expect(() => planMove(child, child, 3)).toThrow(CategoryCycleError);
  });

  it('refuses a move under a descendant', () => {
    expect(() => planMove(root, grandchild, 3)).toThrow(CategoryCycleError);
  });

  it('refuses a move that pushes the deepest descendant too deep', () => {
    const deepParent = { id: 'd', path: `/${'p/'.repeat(MAX_CATEGORY_DEPTH - 1)}`, depth: MAX_CATEGORY_DEPTH - 1 };
    expect(() => planMove(root, deepParent, 3)).toThrow(CategoryTooDeepError);
    expect(() => planMove(grandchild, deepParent, 3)).not.toThrow();
  });
});
