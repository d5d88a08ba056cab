import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { BackgroundChoice } from './background-work';
import { type FilterSpan, type TraceFilter, compileFilterExpression } from './filter-expression';
import { isoFromMicros } from './micros';
import { spanConditionOf } from './span-prefilter';
import type { TraceSummary } from './trace-views';

export interface TraceSearch {
  /** An X-Ray-style filter expression; empty or undefined matches every trace. */
  filter?: string | undefined;
  /** Traces that started in [fromUs, toUs]. */
  fromUs: number;
  toUs: number;
  limit: number;
  /** Traces of background work (background-work.ts): kept by default. */
  background?: BackgroundChoice | undefined;
}

interface TraceRow {
  trace_id: string;
  start_us: number;
  end_us: number;
  root_service: string | null;
  root_name: string | null;
  root_http_status: number | null;
  span_count: number;
  error_count: number;
  services: string;
}

interface Candidate {
  row: TraceRow;
  services: string[];
}

interface SpanRow {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  service: string;
  start_us: number;
  end_us: number;
  status_code: number;
  http_status: number | null;
  attributes?: string;
}

const PAGE_SIZE = 1000;
// Traces whose spans one query loads; SQLite allows 32766 bound parameters.
const SPAN_BATCH_SIZE = 200;
const TRACE_COLUMNS =
  'trace_id, start_us, end_us, root_service, root_name, root_http_status, span_count, error_count, services';
const SPAN_COLUMNS = 'trace_id, span_id, parent_span_id, service, start_us, end_us, status_code, http_status';
// A trace whose root span has not arrived (or was stored before the flag existed) counts as a request.
const BACKGROUND_CONDITIONS: Record<BackgroundChoice, string> = {
  include: '',
  exclude: 'AND background IS NOT 1',
  only: 'AND background IS 1',
};

/**
 * The newest traces that started in the range and match the filter. Reads the `traces` table newest first,
 * page by page; traces the summary row cannot settle go through SpanBatchMatcher.
 */
export function searchTraces(db: DatabaseSync, search: TraceSearch): TraceSummary[] {
  const filter = search.filter?.trim() ? compileFilterExpression(search.filter) : undefined;
  const spanMatcher = filter ? new SpanBatchMatcher(db, filter) : undefined;
  const background = BACKGROUND_CONDITIONS[search.background ?? 'include'];
  const firstPage = db.prepare(
    `SELECT ${TRACE_COLUMNS} FROM traces WHERE start_us >= ? AND start_us <= ? ${background}
      ORDER BY start_us DESC, trace_id DESC LIMIT ${PAGE_SIZE}`,
  );
  const nextPage = db.prepare(
    `SELECT ${TRACE_COLUMNS} FROM traces WHERE start_us >= ? AND (start_us, trace_id) < (?, ?) ${background}
      ORDER BY start_us DESC, trace_id DESC LIMIT ${PAGE_SIZE}`,
  );
  const found: TraceSummary[] = [];
  let page = firstPage.all(search.fromUs, search.toUs) as unknown as TraceRow[];
  while (page.length > 0) {
    const candidates: Candidate[] = [];
    const flush = () => {
      if (spanMatcher) found.push(...spanMatcher.matching(candidates.splice(0)));
    };
    for (const row of page) {
      const services = JSON.parse(row.services) as string[];
      const decided = filter ? filter.decideOnSummary(summaryOf(row, services)) : true;
      if (decided === true) {
        flush();
        found.push(traceSummaryOf(row, services));
      } else if (decided === undefined) {
        candidates.push({ row, services });
        if (candidates.length === SPAN_BATCH_SIZE) flush();
      }
      if (found.length >= search.limit) return found.slice(0, search.limit);
    }
    flush();
    if (found.length >= search.limit || page.length < PAGE_SIZE) break;
    const last = page[page.length - 1]!;
    page = nextPage.all(search.fromUs, last.start_us, last.trace_id) as unknown as TraceRow[];
  }
  return found.slice(0, search.limit);
}

/**
 * Tests candidate traces SPAN_BATCH_SIZE at a time: SQL first keeps the traces that have a span satisfying the
 * filter's necessary span condition (span-prefilter.ts), then the filter runs on the loaded spans of those.
 */
class SpanBatchMatcher {
  private readonly spans: StatementSync;
  private readonly withCondition: StatementSync | undefined;
  private readonly conditionParameters: readonly SQLInputValue[];

  constructor(
    db: DatabaseSync,
    private readonly filter: TraceFilter,
  ) {
    const placeholders = Array.from({ length: SPAN_BATCH_SIZE }, () => '?').join(', ');
    const columns = filter.readsAttributes ? `${SPAN_COLUMNS}, attributes` : SPAN_COLUMNS;
    this.spans = db.prepare(`SELECT ${columns} FROM spans WHERE trace_id IN (${placeholders})`);
    const condition = spanConditionOf(filter.expression);
    this.conditionParameters = condition?.parameters ?? [];
    this.withCondition =
      condition &&
      db.prepare(`SELECT DISTINCT trace_id FROM spans WHERE trace_id IN (${placeholders}) AND (${condition.sql})`);
  }

  /** The candidates (in order) that match. */
  matching(candidates: Candidate[]): TraceSummary[] {
    if (this.withCondition && candidates.length > 0) {
      const rows = this.withCondition.all(...batchOf(candidates), ...this.conditionParameters);
      const holding = new Set((rows as unknown as { trace_id: string }[]).map((row) => row.trace_id));
      candidates = candidates.filter((candidate) => holding.has(candidate.row.trace_id));
    }
    if (candidates.length === 0) return [];
    const spansByTrace = new Map<string, FilterSpan[]>(candidates.map((candidate) => [candidate.row.trace_id, []]));
    for (const row of this.spans.all(...batchOf(candidates)) as unknown as SpanRow[]) {
      spansByTrace.get(row.trace_id)?.push(new StoredSpan(row));
    }
    return candidates
      .filter(({ row, services }) =>
        this.filter.matches({ ...summaryOf(row, services), spans: spansByTrace.get(row.trace_id) ?? [] }),
      )
      .map(({ row, services }) => traceSummaryOf(row, services));
  }
}

/** The candidates' trace ids padded to a full batch, so that one prepared statement serves every batch. */
function batchOf(candidates: Candidate[]): string[] {
  const ids = candidates.map((candidate) => candidate.row.trace_id);
  return [...ids, ...Array<string>(SPAN_BATCH_SIZE - ids.length).fill('')];
}

/** A span as the filter reads it; the attributes JSON is parsed when first read. */
class StoredSpan implements FilterSpan {
  private parsedAttributes: Record<string, unknown> | undefined;

  constructor(private readonly row: SpanRow) {}

  get spanId(): string {
    return this.row.span_id;
  }

  get parentSpanId(): string | null {
    return this.row.parent_span_id;
  }

  get service(): string {
    return this.row.service;
  }

  get startUs(): number {
    return this.row.start_us;
  }

  get endUs(): number {
    return this.row.end_us;
  }

  get statusCode(): number {
    return this.row.status_code;
  }

  get httpStatus(): number | null {
    return this.row.http_status;
  }

  get attributes(): Record<string, unknown> {
    this.parsedAttributes ??= this.row.attributes ? (JSON.parse(this.row.attributes) as Record<string, unknown>) : {};
    return this.parsedAttributes;
  }
}

function summaryOf(row: TraceRow, services: string[]) {
  return { startUs: row.start_us, endUs: row.end_us, rootHttpStatus: row.root_http_status, services };
}

function traceSummaryOf(row: TraceRow, services: string[]): TraceSummary {
  return {
    traceId: row.trace_id,
    startTime: isoFromMicros(row.start_us),
    durationMs: (row.end_us - row.start_us) / 1000,
    rootService: row.root_service,
    rootName: row.root_name,
    rootHttpStatus: row.root_http_status,
    spanCount: row.span_count,
    errorCount: row.error_count,
    services,
  };
}
