import type { SpanView } from './types';

export interface WaterfallRow {
  span: SpanView;
  /** How far below its root the span sits: 0 for a root (or a span whose parent never arrived). */
  depth: number;
  /** Where the bar starts and how wide it is, in percent of the trace's duration. */
  offsetPercent: number;
  widthPercent: number;
  /** The span's parent is not part of the trace (not received yet, or dropped). */
  orphan: boolean;
}

export interface Waterfall {
  rows: WaterfallRow[];
  startUs: number;
  durationMs: number;
}

function endUs(span: SpanView): number {
  return span.startUs + span.durationMs * 1000;
}

function byStart(a: SpanView, b: SpanView): number {
  return a.startUs - b.startUs || a.spanId.localeCompare(b.spanId);
}

/**
 * The waterfall of a trace: every span once, each parent followed by its children (earliest first),
 * with its bar's place on the trace's time axis.
 */
export function waterfallLayout(spans: readonly SpanView[]): Waterfall {
  if (spans.length === 0) return { rows: [], startUs: 0, durationMs: 0 };
  const startUs = Math.min(...spans.map((span) => span.startUs));
  const totalUs = Math.max(...spans.map(endUs)) - startUs;
  const ids = new Set(spans.map((span) => span.spanId));
  const children = new Map<string, SpanView[]>();
  const roots: SpanView[] = [];
  for (const span of spans) {
    const parent = span.parentSpanId;
    if (parent && ids.has(parent) && parent !== span.spanId) {
      children.set(parent, [...(children.get(parent) ?? []), span]);
    } else roots.push(span);
  }

  const percent = (us: number) => (totalUs > 0 ? (us / totalUs) * 100 : 0);
  const rows: WaterfallRow[] = [];
  const placed = new Set<string>();
  const place = (span: SpanView, depth: number) => {
    if (placed.has(span.spanId)) return;
    placed.add(span.spanId);
    const offsetPercent = percent(span.startUs - startUs);
    const widthPercent = totalUs > 0 ? Math.min(percent(span.durationMs * 1000), 100 - offsetPercent) : 100;
    const orphan = depth === 0 && Boolean(span.parentSpanId) && !ids.has(span.parentSpanId ?? '');
    rows.push({ span, depth, offsetPercent, widthPercent, orphan });
    for (const child of [...(children.get(span.spanId) ?? [])].sort(byStart)) place(child, depth + 1);
  };
  for (const root of [...roots].sort(byStart)) place(root, 0);
  // Spans caught in a parent cycle (bad data) have no root above them: show them at the top level.
  for (const span of [...spans].sort(byStart)) place(span, 0);
  return { rows, startUs, durationMs: totalUs / 1000 };
}

const SERVICE_COLOURS = [
  'bg-sky-600',
  'bg-violet-600',
  'bg-emerald-600',
  'bg-amber-500',
  'bg-pink-600',
  'bg-teal-600',
  'bg-indigo-600',
  'bg-lime-600',
  'bg-orange-500',
  'bg-cyan-600',
] as const;

/** One colour per service of the trace, in order of the services' names, so a service keeps its colour on reload. */
export function serviceColours(spans: readonly SpanView[]): Map<string, string> {
  const services = [...new Set(spans.map((span) => span.service))].sort();
  return new Map(services.map((service, index) => [service, SERVICE_COLOURS[index % SERVICE_COLOURS.length] ?? '']));
}

export interface MessagingHop {
  direction: 'sends to' | 'receives from';
  destination: string;
}

/** A producer or consumer span: the message hop it makes, and the queue or topic it goes through. */
export function messagingHop(span: SpanView): MessagingHop | null {
  if (span.kind !== 'producer' && span.kind !== 'consumer') return null;
  const destination =
    span.attributes['messaging.destination.name'] ?? span.attributes['messaging.destination'] ?? 'unknown destination';
  return {
    direction: span.kind === 'producer' ? 'sends to' : 'receives from',
    destination: typeof destination === 'string' ? destination : JSON.stringify(destination),
  };
}
