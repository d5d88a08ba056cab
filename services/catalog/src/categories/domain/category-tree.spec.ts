import type { Category } from './category';
import { buildCategoryTree, isPermutationOf } from './category-tree';

function category(id: string, parentId: string | null, position: number, name = id): Category {
  return { id, parentId, name, slug: id, position, path: `/${id}/`, depth: 1 };
}

describe(buildCategoryTree.name, () => {
  it('nests children under parents, ordered by position then name, with counts', () => {
    const tree = buildCategoryTree(
      [
        category('b', null, 1),
        category('a', null, 0),
        category('a2', 'a', 1),
        category('a1', 'a', 0),
        category('a0', 'a', 0, 'Zz'),
      ],
      new Map([
        ['a', 5],
        ['a1', 3],
      ]),
    );
    expect(tree.map((node) => node.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children.map((node) => node.id)).toEqual(['a1', 'a0', 'a2']);
    expect(tree[0]?.productCount).toBe(5);
    expect(tree[1]?.productCount).toBe(0);
  });
});

describe(isPermutationOf.name, () => {
  it('accepts exactly the current children in any order', () => {
    expect(isPermutationOf(['b', 'a'], ['a', 'b'])).toBe(true);
  });

  it.each([
    [['a'], ['a', 'b']],
    [
      ['a', 'a'],
      ['a', 'b'],
    ],
    [
      ['a', 'c'],
      ['a', 'b'],
    ],
    [
      ['a', 'b', 'c'],
      ['a', 'b'],
    ],
  ])('refuses %j for children %j', (proposed, current) => {
    expect(isPermutationOf(proposed, current)).toBe(false);
  });
});
