import type { DatabaseSync } from 'node:sqlite';
import { isBrowserService, type MapSpanRow, readMapSpans, serverChildLookup, servicesInRange } from './map-spans';
import { type EdgeSample, isPlainClientSpan, type NodeRef, type NodeType, spanContribution } from './span-edges';

export interface MapNode {
  readonly id: string;
  readonly name: string;
  readonly type: NodeType;
  readonly requests: number;
  readonly errors: number;
  readonly averageMs: number;
}

export interface MapEdge {
  readonly source: string;
  readonly target: string;
  readonly requests: number;
  readonly errors: number;
  readonly errorRate: number;
  readonly requestsPerMinute: number;
  readonly averageMs: number;
  readonly p99Ms: number;
}

export interface ServiceMap {
  readonly nodes: MapNode[];
  readonly edges: MapEdge[];
}

interface Tally {
  requests: number;
  errors: number;
  totalUs: number;
}

interface EdgeTally extends Tally {
  readonly source: string;
  readonly target: string;
  readonly durationsUs: number[];
}

/**
 * The service map of the spans that started in [from, to): nodes for services, databases, topics,
 * queues, buses, external hosts and callers from outside, and an edge per pair that called each other
 * with its request count, errors (5xx or error status), rate and latency (average and p99, exact).
 * Service nodes count the requests and messages they served; other nodes what came in (the `client`
 * nodes what went out).
 */
export function buildServiceMap(db: DatabaseSync, range: { fromUs: number; toUs: number }): ServiceMap {
  const services = servicesInRange(db, range.fromUs, range.toUs);
  const browsers = new Set(services.filter((service) => isBrowserService(db, service)));
  const nodes = new Map<string, { ref: NodeRef; served: Tally }>();
  const edges = new Map<string, EdgeTally>();
  const serviceRef = (service: string): NodeRef => ({
    type: browsers.has(service) ? 'client' : 'service',
    name: service,
  });
  const nodeId = (ref: NodeRef): string => {
    const id = `${ref.type}:${ref.name}`;
    if (!nodes.has(id)) nodes.set(id, { ref, served: emptyTally() });
    return id;
  };
  for (const service of services) nodeId(serviceRef(service));

  // Whether a server span answered an HTTP client span is known once every server span was read.
  const answeredCalls = new Set<string>();
  const httpCalls: MapSpanRow[] = [];
  const hasServerChild = serverChildLookup(db);
  const answered = (span: MapSpanRow): boolean =>
    answeredCalls.has(`${span.traceId}:${span.spanId}`) || hasServerChild(span.traceId!, span.spanId!);
  const tally = (span: MapSpanRow): void => {
    const { edges: samples, served } = spanContribution(span, browsers, answered);
    if (served) add(nodes.get(nodeId(serviceRef(span.service)))!.served, span);
    for (const sample of samples) addEdge(edges, nodeId(sample.source), nodeId(sample.target), sample);
  };
  for (const span of readMapSpans(db, range.fromUs, range.toUs)) {
    if (span.answers !== null) answeredCalls.add(span.answers);
    if (isPlainClientSpan(span)) httpCalls.push(span);
    else tally(span);
  }
  httpCalls.forEach(tally);

  const minutes = (range.toUs - range.fromUs) / 60_000_000;
  const incoming = new Map<string, Tally>();
  const outgoing = new Map<string, Tally>();
  for (const edge of edges.values()) {
    merge(incoming, edge.target, edge);
    merge(outgoing, edge.source, edge);
  }
  return {
    nodes: [...nodes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, { ref, served }]) => {
        const tally =
          ref.type === 'service' ? served : ((ref.type === 'client' ? outgoing : incoming).get(id) ?? served);
        return { id, name: ref.name, type: ref.type, ...summary(tally) };
      }),
    edges: [...edges.values()].sort(byEnds).map((edge) => ({
      source: edge.source,
      target: edge.target,
      ...summary(edge),
      errorRate: edge.requests === 0 ? 0 : edge.errors / edge.requests,
      requestsPerMinute: edge.requests / minutes,
      p99Ms: percentile(edge.durationsUs, 0.99) / 1000,
    })),
  };
}

function byEnds(a: EdgeTally, b: EdgeTally): number {
  return a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
}

function emptyTally(): Tally {
  return { requests: 0, errors: 0, totalUs: 0 };
}

function add(tally: Tally, sample: { durationUs: number; error: boolean }): void {
  tally.requests += 1;
  tally.errors += sample.error ? 1 : 0;
  tally.totalUs += sample.durationUs;
}

function addEdge(edges: Map<string, EdgeTally>, source: string, target: string, sample: EdgeSample): void {
  const key = `${source}\u0000${target}`;
  let edge = edges.get(key);
  if (edge === undefined) {
    edge = { source, target, ...emptyTally(), durationsUs: [] };
    edges.set(key, edge);
  }
  add(edge, sample);
  edge.durationsUs.push(sample.durationUs);
}

function merge(tallies: Map<string, Tally>, id: string, edge: Tally): void {
  const tally = tallies.get(id) ?? emptyTally();
  tally.requests += edge.requests;
  tally.errors += edge.errors;
  tally.totalUs += edge.totalUs;
  tallies.set(id, tally);
}

function summary(tally: Tally): { requests: number; errors: number; averageMs: number } {
  return {
    requests: tally.requests,
    errors: tally.errors,
    averageMs: tally.requests === 0 ? 0 : tally.totalUs / tally.requests / 1000,
  };
}

/** Nearest-rank percentile. */
function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}
