// What the query API answers (tools/telemetry/README.md), as far as the system tests read it.

export interface SpanView {
  spanId: string;
  parentSpanId: string | null;
  service: string;
  name: string;
  kind: 'internal' | 'server' | 'client' | 'producer' | 'consumer';
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

export interface LogView {
  service: string;
  body: string;
  traceId: string | null;
  spanId: string | null;
}
