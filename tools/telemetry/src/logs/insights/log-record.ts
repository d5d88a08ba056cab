import type { LogRow } from '../log-views';

/** Something a query command can read named values from: a log record, or a row that `stats` produced. */
export interface QueryRow {
  get(field: string): unknown;
}

type BuiltIn = (row: LogRow) => unknown;

const SERVICE: BuiltIn = (row) => row.service;
const LEVEL: BuiltIn = (row) => row.severity_text;
const TRACE_ID: BuiltIn = (row) => row.trace_id || undefined;
const SPAN_ID: BuiltIn = (row) => row.span_id || undefined;

/** The fields every record has; any other name reads the record's attributes. */
const BUILT_IN_FIELDS: Record<string, BuiltIn> = {
  '@timestamp': (row) => row.time_us,
  '@message': (row) => row.body,
  '@log': SERVICE,
  '@logStream': SERVICE,
  service: SERVICE,
  '@level': LEVEL,
  level: LEVEL,
  severityNumber: (row) => row.severity_number,
  traceId: TRACE_ID,
  trace_id: TRACE_ID,
  '@traceId': TRACE_ID,
  spanId: SPAN_ID,
  span_id: SPAN_ID,
};

/** A stored log record; @timestamp reads as microseconds (the output turns it into an ISO time). */
export class LogRecord implements QueryRow {
  private parsedAttributes: Record<string, unknown> | undefined;

  constructor(private readonly row: LogRow) {}

  get(field: string): unknown {
    const builtIn = BUILT_IN_FIELDS[field];
    if (builtIn) return builtIn(this.row);
    this.parsedAttributes ??= JSON.parse(this.row.attributes) as Record<string, unknown>;
    return attributeValue(this.parsedAttributes, field);
  }
}

/** `a.b.c` names the attribute `a.b.c`, or else the path a → b → c through nested attribute values. */
function attributeValue(attributes: Record<string, unknown>, field: string): unknown {
  if (field in attributes) return attributes[field];
  let value: unknown = attributes;
  for (const segment of field.split('.')) {
    if (typeof value !== 'object' || value === null || !(segment in value)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

export function isTimestampField(field: string): boolean {
  return field === '@timestamp';
}
