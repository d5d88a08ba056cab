import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SpanRow } from '../otlp/rows';
import { isBackgroundRoot } from '../traces/background-work';

const STATUS_ERROR = 2;

/** What one batch adds to a `traces` row. */
interface TraceDelta {
  startUs: number;
  endUs: number;
  root: SpanRow | null;
  spanCount: number;
  errorCount: number;
  services: Set<string>;
}

/**
 * Stores spans and keeps their `traces` rows up to date. A span that is already stored (same trace and
 * span id, say from an exporter's retry) is ignored and does not count again.
 */
export class SpanWriter {
  private readonly insertSpan: StatementSync;
  private readonly upsertTrace: StatementSync;

  constructor(database: DatabaseSync) {
    this.insertSpan = database.prepare(
      `INSERT OR IGNORE INTO spans (trace_id, span_id, parent_span_id, service, name, kind, start_us, end_us, duration_us,
         status_code, status_message, http_status, attributes, resource, events, links, scope)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.upsertTrace = database.prepare(
      `INSERT INTO traces (trace_id, start_us, end_us, root_service, root_name, root_http_status, span_count, error_count,
         services, root_kind, background)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (trace_id) DO UPDATE SET
         start_us = min(traces.start_us, excluded.start_us),
         end_us = max(traces.end_us, excluded.end_us),
         root_service = coalesce(excluded.root_service, traces.root_service),
         root_name = coalesce(excluded.root_name, traces.root_name),
         root_http_status = CASE WHEN excluded.root_name IS NULL THEN traces.root_http_status ELSE excluded.root_http_status END,
         root_kind = coalesce(excluded.root_kind, traces.root_kind),
         background = coalesce(excluded.background, traces.background),
         span_count = traces.span_count + excluded.span_count,
         error_count = traces.error_count + excluded.error_count,
         services = (SELECT json_group_array(value) FROM (
           SELECT value FROM json_each(traces.services) UNION SELECT value FROM json_each(excluded.services) ORDER BY value))`,
    );
  }

  /** Call inside a transaction. Returns how many spans were new. */
  write(spans: SpanRow[]): number {
    const traces = new Map<string, TraceDelta>();
    for (const span of spans) {
      const inserted = this.insertSpan.run(
        span.traceId,
        span.spanId,
        span.parentSpanId,
        span.service,
        span.name,
        span.kind,
        span.startUs,
        span.endUs,
        span.endUs - span.startUs,
        span.statusCode,
        span.statusMessage,
        span.httpStatus,
        span.attributes,
        span.resource,
        span.events,
        span.links,
        span.scope,
      ).changes;
      if (Number(inserted) > 0) addToTrace(traces, span);
    }
    let newSpans = 0;
    for (const [traceId, trace] of traces) {
      newSpans += trace.spanCount;
      this.upsertTrace.run(
        traceId,
        trace.startUs,
        trace.endUs,
        trace.root?.service ?? null,
        trace.root?.name ?? null,
        trace.root?.httpStatus ?? null,
        trace.spanCount,
        trace.errorCount,
        JSON.stringify([...trace.services].sort()),
        trace.root?.kind ?? null,
        trace.root ? Number(isBackgroundRoot(trace.root)) : null,
      );
    }
    return newSpans;
  }
}

function addToTrace(traces: Map<string, TraceDelta>, span: SpanRow): void {
  const isRoot = span.parentSpanId === null;
  const isError = span.statusCode === STATUS_ERROR ? 1 : 0;
  const trace = traces.get(span.traceId);
  if (!trace) {
    traces.set(span.traceId, {
      startUs: span.startUs,
      endUs: span.endUs,
      root: isRoot ? span : null,
      spanCount: 1,
      errorCount: isError,
      services: new Set([span.service]),
    });
    return;
  }
  trace.startUs = Math.min(trace.startUs, span.startUs);
  trace.endUs = Math.max(trace.endUs, span.endUs);
  if (isRoot) trace.root = span;
  trace.spanCount += 1;
  trace.errorCount += isError;
  trace.services.add(span.service);
}
