import type { DatabaseSync } from 'node:sqlite';
import { isoFromMicros } from './micros';
import type { SpanKindName, SpanStatusName, SpanView, TraceView } from './trace-views';

interface SpanRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  service: string;
  name: string;
  kind: number;
  start_us: number;
  duration_us: number;
  status_code: number;
  status_message: string | null;
  attributes: string;
  resource: string;
  events: string;
  links: string;
  scope: string;
}

interface StoredEvent {
  name: string;
  timeUs: number;
  attributes?: Record<string, unknown>;
}

interface StoredLink {
  traceId: string;
  spanId: string;
  attributes?: Record<string, unknown>;
}

// Index = OTLP SpanKind; 0 (unspecified) reads as internal, as the OpenTelemetry SDKs default it.
const KIND_NAMES: readonly SpanKindName[] = ['internal', 'internal', 'server', 'client', 'producer', 'consumer'];
const STATUS_NAMES: readonly SpanStatusName[] = ['unset', 'ok', 'error'];

/** All stored spans of one trace, ordered by start; undefined when none is stored. */
export function readTrace(db: DatabaseSync, traceId: string): TraceView | undefined {
  const rows = db
    .prepare(
      `SELECT trace_id, span_id, parent_span_id, service, name, kind, start_us, duration_us, status_code, status_message,
              attributes, resource, events, links, scope
         FROM spans WHERE trace_id = ? ORDER BY start_us, span_id`,
    )
    .all(traceId) as unknown as SpanRow[];
  return rows.length === 0 ? undefined : { traceId, spans: rows.map(spanViewOf) };
}

function spanViewOf(row: SpanRow): SpanView {
  const events = JSON.parse(row.events) as StoredEvent[];
  const links = JSON.parse(row.links) as StoredLink[];
  return {
    traceId: row.trace_id,
    spanId: row.span_id,
    parentSpanId: row.parent_span_id || null,
    service: row.service,
    name: row.name,
    kind: KIND_NAMES[row.kind] ?? 'internal',
    startTime: isoFromMicros(row.start_us),
    startUs: row.start_us,
    durationMs: row.duration_us / 1000,
    status: { code: STATUS_NAMES[row.status_code] ?? 'unset', message: row.status_message || null },
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    resource: JSON.parse(row.resource) as Record<string, unknown>,
    events: events.map((event) => ({
      name: event.name,
      time: isoFromMicros(event.timeUs),
      attributes: event.attributes ?? {},
    })),
    links: links.map((link) => ({ traceId: link.traceId, spanId: link.spanId, attributes: link.attributes ?? {} })),
    scope: row.scope,
  };
}

/**
 * The names of the services with spans since `fromUs` (all when undefined), sorted. Walks the
 * (service, start_us) index one service at a time instead of reading every span.
 */
export function listServices(db: DatabaseSync, fromUs?: number): string[] {
  const next = db.prepare('SELECT service FROM spans WHERE service > ? ORDER BY service LIMIT 1');
  const seenSince = db.prepare('SELECT 1 FROM spans WHERE service = ? AND start_us >= ? LIMIT 1');
  const services: string[] = [];
  let row = next.get('') as { service: string } | undefined;
  while (row) {
    if (fromUs === undefined || seenSince.get(row.service, fromUs)) services.push(row.service);
    row = next.get(row.service) as { service: string } | undefined;
  }
  return services;
}
