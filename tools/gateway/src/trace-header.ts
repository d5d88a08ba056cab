import { type SpanContext, TraceFlags } from '@opentelemetry/api';
import { randomBytes } from 'node:crypto';

/** The header name, lower-case as Node delivers it. */
export const TRACE_HEADER = 'x-amzn-trace-id';

/** What varies between calls, injectable so the format can be tested exactly. */
export interface TraceIdSource {
  readonly nowSeconds: () => number;
  readonly randomHex24: () => string;
}

export const systemTraceIdSource: TraceIdSource = {
  nowSeconds: () => Math.floor(Date.now() / 1000),
  randomHex24: () => randomBytes(12).toString('hex'),
};

const X_RAY_ID = /^1-([0-9a-f]{8})-([0-9a-f]{24})$/;

// The fields the gateway's span decides; everything else an incoming header carries is kept.
const SPAN_FIELDS = new Set(['Root', 'Parent', 'Sampled', 'Self']);

/** A new `1-{time}-{id}` value, the format of both Root and Self. */
export function newTraceValue(source: TraceIdSource = systemTraceIdSource): string {
  const seconds = source.nowSeconds().toString(16).padStart(8, '0').slice(-8);
  return `1-${seconds}-${source.randomHex24()}`;
}

/**
 * The `X-Amzn-Trace-Id` header to forward upstream when the gateway traces nothing, written as the ALB
 * writes it (Elastic Load Balancing guide, "Request tracing for your Application Load Balancer"): fields
 * `Name=1-{8 hex epoch seconds}-{24 hex id}` joined by `;`.
 * - no `Root` field (usually: no header): a new `Root` is put first;
 * - a `Root` and a `Self` field: the `Self` value is replaced in place;
 * - a `Root` and no `Self`: a new `Self` field is inserted first.
 * Every other field (`Root`, `Parent`, `Sampled`, an application's own) is kept as it came.
 */
export function nextTraceHeader(incoming: string | undefined, source: TraceIdSource = systemTraceIdSource): string {
  const fields = parseFields(incoming);
  if (!fields.some((field) => fieldName(field) === 'Root')) {
    return [`Root=${newTraceValue(source)}`, ...fields].join(';');
  }
  const self = `Self=${newTraceValue(source)}`;
  if (fields.some((field) => fieldName(field) === 'Self')) {
    return fields.map((field) => (fieldName(field) === 'Self' ? self : field)).join(';');
  }
  return [self, ...fields].join(';');
}

/**
 * The `X-Amzn-Trace-Id` header to forward when the gateway traces (telemetry on) and `span` is its server
 * span: `Root` is that span's trace id in X-Ray form, `Parent` the span itself and `Sampled` its decision, so
 * a service reading only this header continues the same trace. The span already continues a caller's
 * `Root;Parent` or `traceparent`; a Root without Parent cannot be continued and is replaced. The ALB's `Self`
 * (its own hop) is left out, the span being that hop; an application's own fields are kept after these.
 */
export function spanTraceHeader(incoming: string | undefined, span: SpanContext): string {
  const sampled = (span.traceFlags & TraceFlags.SAMPLED) !== 0 ? 1 : 0;
  const kept = parseFields(incoming).filter((field) => !SPAN_FIELDS.has(fieldName(field)));
  const root = `Root=1-${span.traceId.slice(0, 8)}-${span.traceId.slice(8)}`;
  return [root, `Parent=${span.spanId}`, `Sampled=${sampled}`, ...kept].join(';');
}

/**
 * The Root as an OpenTelemetry trace id, the shape the services put in their error bodies:
 * `Root=1-5759e988-bd862e3fe1be46a994272793` is `5759e988bd862e3fe1be46a994272793`.
 * A Root that is not an X-Ray id is returned as it came; no Root gives undefined.
 */
export function traceIdOf(header: string): string | undefined {
  const root = parseFields(header).find((field) => fieldName(field) === 'Root');
  if (root === undefined) return undefined;
  const value = root.slice('Root='.length);
  const match = X_RAY_ID.exec(value);
  return match ? `${match[1]}${match[2]}` : value;
}

function parseFields(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(';')
    .map((field) => field.trim())
    .filter((field) => field.length > 0);
}

function fieldName(field: string): string {
  const equals = field.indexOf('=');
  return equals === -1 ? field : field.slice(0, equals).trim();
}
