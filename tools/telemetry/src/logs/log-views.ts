import { isoFromMicros } from '../traces/micros';

export interface LogView {
  time: string;
  service: string;
  level: string;
  severityNumber: number;
  body: string;
  traceId: string | null;
  spanId: string | null;
  attributes: Record<string, unknown>;
}

/** A row of the `logs` table, as the queries select it. */
export interface LogRow {
  time_us: number;
  service: string;
  severity_number: number;
  severity_text: string;
  body: string;
  trace_id: string | null;
  span_id: string | null;
  attributes: string;
}

export const LOG_COLUMNS = 'time_us, service, severity_number, severity_text, body, trace_id, span_id, attributes';

export function logViewOf(row: LogRow): LogView {
  return {
    time: isoFromMicros(row.time_us),
    service: row.service,
    level: row.severity_text,
    severityNumber: row.severity_number,
    body: row.body,
    traceId: row.trace_id || null,
    spanId: row.span_id || null,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
  };
}
