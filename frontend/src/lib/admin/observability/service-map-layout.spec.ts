import { layoutServiceMap, NODE_HEIGHT, NODE_WIDTH } from './service-map-layout';
import type { MapEdge, MapNode, NodeType } from './types';

function node(id: string, type: NodeType = 'service'): MapNode {
  return { id, name: id, type, requests: 10, errors: 0, averageMs: 5 };
}

function edge(source: string, target: string): MapEdge {
  return { source, target, requests: 10, errors: 0, errorRate: 0, requestsPerMinute: 1, averageMs: 5, p99Ms: 9 };
}

function layers(layout: ReturnType<typeof layoutServiceMap>): Record<string, number> {
  return Object.fromEntries(layout.nodes.map((placed) => [placed.node.id, placed.layer]));
}

describe(layoutServiceMap.name, () => {
  it('puts each node one layer right of its furthest caller (longest path)', () => {
    const layout = layoutServiceMap(
      [node('db', 'database'), node('browser', 'client'), node('gateway'), node('order'), node('catalog')],
      [
        edge('browser', 'gateway'),
        edge('gateway', 'order'),
        edge('gateway', 'catalog'),
        edge('order', 'catalog'),
        edge('catalog', 'db'),
      ],
    );

    expect(layers(layout)).toEqual({ browser: 0, gateway: 1, order: 2, catalog: 3, db: 4 });
    const x = Object.fromEntries(layout.nodes.map((placed) => [placed.node.id, placed.x]));
    expect(x['gateway']).toBeGreaterThan(x['browser'] ?? Infinity);
    expect(layout.width).toBeGreaterThanOrEqual((x['db'] ?? 0) + NODE_WIDTH);
    expect(layout.edges.every((placed) => !placed.backwards)).toBe(true);
  });

  it('runs each edge from its source’s right side to its target’s left side, its label between them', () => {
    const layout = layoutServiceMap([node('a'), node('b')], [edge('a', 'b')]);
    const [a, b] = layout.nodes;
    const [only] = layout.edges;

    expect(only?.path).toMatch(new RegExp(`^M${(a?.x ?? 0) + NODE_WIDTH},${(a?.y ?? 0) + NODE_HEIGHT / 2} C`));
    expect(only?.path).toMatch(new RegExp(` ${b?.x},${(b?.y ?? 0) + NODE_HEIGHT / 2}$`));
    expect(only?.labelX).toBeCloseTo(((a?.x ?? 0) + NODE_WIDTH + (b?.x ?? 0)) / 2);
  });

  it('stacks the nodes of one layer without overlap, and orders them after their callers', () => {
    const layout = layoutServiceMap(
      [node('front-b'), node('front-a'), node('y'), node('x')],
      [edge('front-a', 'y'), edge('front-b', 'x')],
    );
    const column = layout.nodes.filter((placed) => placed.layer === 1).sort((p, q) => p.y - q.y);

    expect(column.map((placed) => placed.node.id)).toEqual(['x', 'y']);
    expect((column[1]?.y ?? 0) - (column[0]?.y ?? 0)).toBeGreaterThanOrEqual(NODE_HEIGHT);
  });

  it('lays out a cycle, drawing the edge that closes it backwards', () => {
    const layout = layoutServiceMap(
      [node('a'), node('b'), node('c')],
      [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    );

    expect(layers(layout)).toEqual({ a: 0, b: 1, c: 2 });
    expect(
      layout.edges.filter((placed) => placed.backwards).map((placed) => `${placed.edge.source}>${placed.edge.target}`),
    ).toEqual(['c>a']);
  });

  it('skips edges to nodes it was not given', () => {
    expect(layoutServiceMap([node('a')], [edge('a', 'ghost')]).edges).toEqual([]);
  });
});
