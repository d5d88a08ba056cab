/** The shapes the query API answers with (docs: notes/telemetry.md). */
export interface TraceSummary {
  traceId: string;
  startTime: string;
  durationMs: number;
  rootService: string | null;
  rootName: string | null;
  rootHttpStatus: number | null;
  spanCount: number;
  errorCount: number;
  services: string[];
}

export type SpanKindName = 'internal' | 'server' | 'client' | 'producer' | 'consumer';
export type SpanStatusName = 'unset' | 'ok' | 'error';

export interface SpanView {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: SpanKindName;
  startTime: string;
  startUs: number;
  durationMs: number;
  status: { code: SpanStatusName; message: string | null };
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  events: { name: string; time: string; attributes: Record<string, unknown> }[];
  links: { traceId: string; spanId: string; attributes: Record<string, unknown> }[];
  scope: string;
}

export interface TraceView {
  traceId: string;
  spans: SpanView[];
}
