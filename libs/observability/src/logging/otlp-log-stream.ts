import { context, ROOT_CONTEXT, trace, TraceFlags, type Context } from '@opentelemetry/api';
import { SeverityNumber, type LogAttributes, type Logger, type LogRecord } from '@opentelemetry/api-logs';

const SEVERITY_NUMBERS: Readonly<Record<string, SeverityNumber>> = {
  trace: SeverityNumber.TRACE,
  debug: SeverityNumber.DEBUG,
  info: SeverityNumber.INFO,
  warn: SeverityNumber.WARN,
  error: SeverityNumber.ERROR,
  fatal: SeverityNumber.FATAL,
};

// pino's numbers for its levels, as a logger without a level formatter writes them (the gateway's Fastify one).
const LEVEL_LABELS: Readonly<Record<number, string>> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

// Fields that become parts of the record itself (time, severity, body, trace context, exception) or that
// the resource already says (`service` is its service.name), rather than attributes.
const RECORD_FIELDS = new Set(['time', 'level', 'msg', 'service', 'trace_id', 'span_id', 'err']);

type Primitive = string | number | boolean;

/**
 * A pino destination that hands each JSON line it is given to the OpenTelemetry logs API as one log record:
 * `time` → timestamp, `level` (label or pino number) → severity, `msg` → body, `trace_id`/`span_id` → the
 * record's trace context, `err` (pino's serialized error) → `exception.*` attributes, every other field an
 * attribute, nested objects flattened to dotted keys. A line that is not a JSON object is skipped: stdout
 * still has it. Hand-written because the pino instrumentation patches pino through a require hook, and the
 * services load pino (through @shop/service-runtime) before their telemetry starts.
 */
export class OtlpLogStream {
  constructor(private readonly logger: Logger) {}

  write(line: string): void {
    const fields = parseObject(line);
    if (fields) this.logger.emit(toLogRecord(fields));
  }
}

/** The log record for one parsed pino line. */
function toLogRecord(fields: Readonly<Record<string, unknown>>): LogRecord {
  const level = levelLabelOf(fields['level']);
  const time = typeof fields['time'] === 'string' ? new Date(fields['time']) : undefined;
  const attributes: LogAttributes = { ...exceptionAttributes(fields['err']) };
  for (const [key, value] of Object.entries(fields)) {
    if (!RECORD_FIELDS.has(key)) flatten(value, key, attributes);
  }
  return {
    ...(time && !Number.isNaN(time.getTime()) ? { timestamp: time } : {}),
    severityNumber: (level === undefined ? undefined : SEVERITY_NUMBERS[level]) ?? SeverityNumber.UNSPECIFIED,
    ...(level === undefined ? {} : { severityText: level }),
    ...bodyOf(fields['msg']),
    attributes,
    context: traceContextOf(fields),
  };
}

function bodyOf(msg: unknown): Pick<LogRecord, 'body'> {
  if (msg === undefined) return {};
  return { body: typeof msg === 'string' ? msg : JSON.stringify(msg) };
}

function levelLabelOf(level: unknown): string | undefined {
  if (typeof level === 'string') return level;
  return typeof level === 'number' ? LEVEL_LABELS[level] : undefined;
}

/** The line's own trace and span ids, so a record carries exactly the ids its stdout line shows. */
function traceContextOf(fields: Readonly<Record<string, unknown>>): Context {
  const traceId = fields['trace_id'];
  const spanId = fields['span_id'];
  if (typeof traceId !== 'string' || typeof spanId !== 'string') return ROOT_CONTEXT;
  // The line is written within the logging call, so the active span is normally the line's: keep its flags.
  const active = trace.getSpanContext(context.active());
  const traceFlags = active?.spanId === spanId ? active.traceFlags : TraceFlags.SAMPLED;
  return trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId, traceFlags });
}

/** pino's error serializer writes `{ type, message, stack, ...own fields }`; the semantic conventions name them. */
function exceptionAttributes(err: unknown): LogAttributes {
  if (typeof err !== 'object' || err === null || Array.isArray(err)) return {};
  const { type, message, stack, ...rest } = err as Record<string, unknown>;
  const attributes: LogAttributes = {};
  if (typeof type === 'string') attributes['exception.type'] = type;
  if (typeof message === 'string') attributes['exception.message'] = message;
  if (typeof stack === 'string') attributes['exception.stacktrace'] = stack;
  flatten(rest, 'err', attributes);
  return attributes;
}

function flatten(value: unknown, key: string, into: LogAttributes): void {
  if (value === null || value === undefined) return;
  if (isPrimitive(value)) {
    into[key] = value;
  } else if (Array.isArray(value)) {
    into[key] = value.every(isPrimitive) ? value : JSON.stringify(value);
  } else if (typeof value === 'object') {
    for (const [nestedKey, nested] of Object.entries(value)) flatten(nested, `${key}.${nestedKey}`, into);
  }
}

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
