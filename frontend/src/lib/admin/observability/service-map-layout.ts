import type { MapEdge, MapNode } from './types';

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 56;
const COLUMN_GAP = 130;
const ROW_GAP = 44;
const MARGIN = 24;
// How far a backwards edge bends out, below its nodes.
const LOOP_BEND = 70;

export interface PlacedNode {
  node: MapNode;
  layer: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  edge: MapEdge;
  /** SVG path data of the curve from the source's right side to the target's left side. */
  path: string;
  labelX: number;
  labelY: number;
  /** The edge points back to an earlier (or the same) layer: part of a cycle. */
  backwards: boolean;
}

export interface MapLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** The edges that close a cycle, found by a depth-first walk from the nodes nothing calls; the rest form a DAG. */
function backEdges(ids: readonly string[], out: Map<string, string[]>, hasCaller: Set<string>): Set<string> {
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const next of out.get(id) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') back.add(`${id}\u0000${next}`);
      else if (seen === undefined) visit(next);
    }
    state.set(id, 'done');
  };
  for (const id of [...ids.filter((id) => !hasCaller.has(id)), ...ids]) if (!state.has(id)) visit(id);
  return back;
}

/** Each node's layer: the length of the longest call path that leads to it (the callers left of the callees). */
function longestPathLayers(ids: readonly string[], dagOut: Map<string, string[]>): Map<string, number> {
  const incoming = new Map(ids.map((id) => [id, 0]));
  for (const targets of dagOut.values())
    for (const target of targets) incoming.set(target, (incoming.get(target) ?? 0) + 1);
  const layer = new Map(ids.map((id) => [id, 0]));
  const ready = ids.filter((id) => incoming.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.shift() as string;
    for (const next of dagOut.get(id) ?? []) {
      layer.set(next, Math.max(layer.get(next) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (incoming.get(next) ?? 0) - 1;
      incoming.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return layer;
}

/** The nodes of each layer, each layer ordered by where its callers sit (one barycentre sweep), to limit crossings. */
function orderLayers(ids: readonly string[], layers: Map<string, number>, edges: readonly MapEdge[]): string[][] {
  const columns: string[][] = [];
  for (const id of ids) (columns[layers.get(id) ?? 0] ??= []).push(id);
  const position = new Map<string, number>();
  columns.forEach((column, index) => {
    if (index > 0) {
      const centre = (id: string) => {
        const callers = edges
          .filter((edge) => edge.target === id && (layers.get(edge.source) ?? 0) < index)
          .map((edge) => position.get(edge.source) ?? 0);
        return callers.length === 0 ? Number.MAX_SAFE_INTEGER : callers.reduce((a, b) => a + b, 0) / callers.length;
      };
      const centres = new Map(column.map((id) => [id, centre(id)]));
      column.sort((a, b) => (centres.get(a) ?? 0) - (centres.get(b) ?? 0));
    }
    column.forEach((id, row) => position.set(id, row));
  });
  return columns.map((column) => column ?? []);
}

function curve(from: { x: number; y: number }, to: { x: number; y: number }, c1: typeof from, c2: typeof from) {
  return {
    path: `M${from.x},${from.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}`,
    // The cubic Bézier at t = 0.5.
    labelX: (from.x + 3 * c1.x + 3 * c2.x + to.x) / 8,
    labelY: (from.y + 3 * c1.y + 3 * c2.y + to.y) / 8,
  };
}

/** A left-to-right layered layout of the service map: callers left of what they call, edges as curves. */
export function layoutServiceMap(nodes: readonly MapNode[], edges: readonly MapEdge[]): MapLayout {
  const ids = nodes.map((node) => node.id);
  const known = new Set(ids);
  const drawn = edges.filter((edge) => known.has(edge.source) && known.has(edge.target));
  const out = new Map<string, string[]>();
  const hasCaller = new Set<string>();
  for (const edge of drawn) {
    if (edge.source === edge.target) continue;
    out.set(edge.source, [...(out.get(edge.source) ?? []), edge.target]);
    hasCaller.add(edge.target);
  }
  const back = backEdges(ids, out, hasCaller);
  const dagOut = new Map(
    [...out].map(([source, targets]) => [source, targets.filter((target) => !back.has(`${source}\u0000${target}`))]),
  );
  const layers = longestPathLayers(ids, dagOut);
  const columns = orderLayers(ids, layers, drawn);
  const tallest = Math.max(1, ...columns.map((column) => column.length));

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placed = new Map<string, PlacedNode>();
  columns.forEach((column, layer) => {
    const top = MARGIN + ((tallest - column.length) * (NODE_HEIGHT + ROW_GAP)) / 2;
    column.forEach((id, row) => {
      const node = byId.get(id);
      if (node) {
        placed.set(id, {
          node,
          layer,
          x: MARGIN + layer * (NODE_WIDTH + COLUMN_GAP),
          y: top + row * (NODE_HEIGHT + ROW_GAP),
        });
      }
    });
  });

  const height = 2 * MARGIN + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP + LOOP_BEND;
  const placedEdges = drawn.flatMap((edge): PlacedEdge[] => {
    const source = placed.get(edge.source);
    const target = placed.get(edge.target);
    if (!source || !target) return [];
    const from = { x: source.x + NODE_WIDTH, y: source.y + NODE_HEIGHT / 2 };
    const to = { x: target.x, y: target.y + NODE_HEIGHT / 2 };
    const backwards = target.layer <= source.layer;
    if (!backwards) {
      const bend = (to.x - from.x) / 2;
      return [{ edge, backwards, ...curve(from, to, { x: from.x + bend, y: from.y }, { x: to.x - bend, y: to.y }) }];
    }
    const below = Math.max(source.y, target.y) + NODE_HEIGHT + LOOP_BEND;
    return [
      { edge, backwards, ...curve(from, to, { x: from.x + LOOP_BEND, y: below }, { x: to.x - LOOP_BEND, y: below }) },
    ];
  });

  return {
    nodes: [...placed.values()],
    edges: placedEdges,
    width: 2 * MARGIN + columns.length * NODE_WIDTH + Math.max(0, columns.length - 1) * COLUMN_GAP,
    height,
  };
}
