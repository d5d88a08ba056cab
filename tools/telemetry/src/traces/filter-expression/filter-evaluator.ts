import type {
  ComparisonNode,
  ComparisonOperator,
  FilterNode,
  NumberOperator,
  StringOperator,
  TraceFlag,
} from './filter-ast';

/*
 * How a filter expression reads a trace, modelled on AWS X-Ray (which sees our spans as segments):
 * - responsetime and duration: the trace's duration in seconds (latest span end - earliest span start).
 * - http.status: the root span's HTTP status; http.url and http.method: the root span's url.full (or http.url,
 *   url.path, http.target) and http.request.method (or http.method). Root: the span without a parent, else the
 *   earliest. Traces without the value never match a comparison on it.
 * - error: some span has a 4xx HTTP status. throttle: some span has 429. fault: some span has a 5xx HTTP status,
 *   or status error without a 4xx status (an exception). ok: neither error nor fault. This is how the AWS
 *   X-Ray exporter of the OpenTelemetry collector maps span status and HTTP status to error and fault.
 * - annotation.KEY: some span has the attribute KEY with a value that satisfies the comparison. When no span
 *   attribute is named KEY exactly, the keys whose last dot-separated segments equal KEY match, `_` and `.`
 *   counting as the same: annotation.order_id reads `order_id`, `shop.order_id` and `shop.order.id`.
 *   Numbers compare with numbers (numeric strings too), strings with strings, booleans with booleans.
 * - service("name") { filter }: the trace has spans of that service; the filter reads those spans only, as if
 *   they were the trace (responsetime = their extent, http.status = that of the earliest).
 * - edge("a", "b") { filter }: a span of b has its parent span in a; the filter reads those spans and parents.
 */

export interface FilterSpan {
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly service: string;
  readonly startUs: number;
  readonly endUs: number;
  /** 0 unset, 1 ok, 2 error. */
  readonly statusCode: number;
  readonly httpStatus: number | null;
  /** Read only by annotation, http.url and http.method, so it may be parsed lazily. */
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** What the `traces` table knows of a trace without its spans. */
export interface FilterTraceSummary {
  readonly startUs: number;
  readonly endUs: number;
  readonly rootHttpStatus: number | null;
  readonly services: readonly string[];
}

export interface FilterTrace extends FilterTraceSummary {
  readonly spans: readonly FilterSpan[];
}

interface SpanGroup {
  readonly startUs: number;
  readonly endUs: number;
  readonly httpStatus: number | null;
  readonly spans: readonly FilterSpan[];
  readonly entry: FilterSpan | undefined;
}

const URL_KEYS = ['url.full', 'http.url', 'url.path', 'http.target'];
const METHOD_KEYS = ['http.request.method', 'http.method'];

export function matchesTrace(node: FilterNode, trace: FilterTrace): boolean {
  const entry = trace.spans.find((span) => !span.parentSpanId) ?? earliest(trace.spans);
  return matchesGroup(node, { ...trace, httpStatus: trace.rootHttpStatus, entry });
}

/** True or false when the summary decides the filter; undefined when the spans are needed. */
export function decideOnSummary(node: FilterNode, summary: FilterTraceSummary): boolean | undefined {
  switch (node.type) {
    case 'and': {
      const results = node.operands.map((operand) => decideOnSummary(operand, summary));
      return results.includes(false) ? false : results.includes(undefined) ? undefined : true;
    }
    case 'or': {
      const results = node.operands.map((operand) => decideOnSummary(operand, summary));
      return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
    }
    case 'not': {
      const result = decideOnSummary(node.operand, summary);
      return result === undefined ? undefined : !result;
    }
    case 'flag':
      return flagOnRootStatus(node.flag, summary.rootHttpStatus);
    case 'comparison':
      return node.field === 'annotation' || node.field === 'http.url' || node.field === 'http.method'
        ? undefined
        : compareNumber(numberField(node.field, summary.startUs, summary.endUs, summary.rootHttpStatus), node);
    case 'service':
      if (!summary.services.includes(node.name)) return false;
      return node.filter ? undefined : true;
    case 'edge':
      return summary.services.includes(node.source) && summary.services.includes(node.target) ? undefined : false;
  }
}

/** Whether any part of the expression reads span attributes (so the search must load them). */
export function readsAttributes(node: FilterNode): boolean {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.operands.some(readsAttributes);
    case 'not':
      return readsAttributes(node.operand);
    case 'comparison':
      return node.field === 'annotation' || node.field === 'http.url' || node.field === 'http.method';
    case 'service':
    case 'edge':
      return node.filter !== undefined && readsAttributes(node.filter);
    case 'flag':
      return false;
  }
}

function matchesGroup(node: FilterNode, group: SpanGroup): boolean {
  switch (node.type) {
    case 'and':
      return node.operands.every((operand) => matchesGroup(operand, group));
    case 'or':
      return node.operands.some((operand) => matchesGroup(operand, group));
    case 'not':
      return !matchesGroup(node.operand, group);
    case 'flag':
      return hasFlag(node.flag, group.spans);
    case 'comparison':
      return matchesComparison(node, group);
    case 'service': {
      const spans = group.spans.filter((span) => span.service === node.name);
      return spans.length > 0 && (!node.filter || matchesGroup(node.filter, groupOf(spans)));
    }
    case 'edge': {
      const byId = new Map(group.spans.map((span) => [span.spanId, span]));
      const spans = new Set<FilterSpan>();
      for (const span of group.spans) {
        const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
        if (span.service === node.target && parent?.service === node.source) spans.add(parent).add(span);
      }
      return spans.size > 0 && (!node.filter || matchesGroup(node.filter, groupOf([...spans])));
    }
  }
}

function groupOf(spans: readonly FilterSpan[]): SpanGroup {
  const entry = earliest(spans);
  return {
    startUs: Math.min(...spans.map((span) => span.startUs)),
    endUs: Math.max(...spans.map((span) => span.endUs)),
    httpStatus: entry?.httpStatus ?? null,
    spans,
    entry,
  };
}

function earliest(spans: readonly FilterSpan[]): FilterSpan | undefined {
  return spans.reduce<FilterSpan | undefined>(
    (first, span) => (!first || span.startUs < first.startUs ? span : first),
    undefined,
  );
}

function matchesComparison(node: ComparisonNode, group: SpanGroup): boolean {
  switch (node.field) {
    case 'annotation':
      return group.spans.some((span) =>
        annotationValues(span.attributes, node.key ?? '').some((value) => compareValue(value, node)),
      );
    case 'http.url':
      return compareValue(firstPresent(group.entry?.attributes, URL_KEYS), node);
    case 'http.method':
      return compareValue(firstPresent(group.entry?.attributes, METHOD_KEYS), node);
    case 'responsetime':
    case 'duration':
    case 'http.status':
      return compareNumber(numberField(node.field, group.startUs, group.endUs, group.httpStatus), node);
  }
}

function numberField(
  field: 'responsetime' | 'duration' | 'http.status',
  startUs: number,
  endUs: number,
  httpStatus: number | null,
): number | null {
  return field === 'http.status' ? httpStatus : (endUs - startUs) / 1_000_000;
}

function firstPresent(attributes: Readonly<Record<string, unknown>> | undefined, keys: readonly string[]): unknown {
  for (const key of keys) if (attributes?.[key] !== undefined) return attributes[key];
  return undefined;
}

/** The values of the attributes that `annotation.KEY` names on one span (rule in the header comment). */
export function annotationValues(attributes: Readonly<Record<string, unknown>>, key: string): unknown[] {
  const exact = attributes[key];
  const values: unknown[] = [];
  if (exact !== undefined) {
    values.push(exact);
  } else {
    const suffix = dottedKey(key);
    for (const name in attributes) {
      if (dottedKey(name).endsWith(suffix)) values.push(attributes[name]);
    }
  }
  return values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
}

// Attribute names repeat across spans; their dotted form (`.shop.order.id` for shop.order_id) is kept.
const dottedKeys = new Map<string, string>();
const MAX_DOTTED_KEYS = 10_000;

function dottedKey(name: string): string {
  let dotted = dottedKeys.get(name);
  if (dotted === undefined) {
    dotted = `.${name.replaceAll('_', '.')}`;
    if (dottedKeys.size < MAX_DOTTED_KEYS) dottedKeys.set(name, dotted);
  }
  return dotted;
}

function hasFlag(flag: TraceFlag, spans: readonly FilterSpan[]): boolean {
  if (flag === 'ok') return !hasFlag('error', spans) && !hasFlag('fault', spans);
  return spans.some((span) => spanHasFlag(flag, span));
}

function spanHasFlag(flag: Exclude<TraceFlag, 'ok'>, span: FilterSpan): boolean {
  const status = span.httpStatus ?? 0;
  const clientError = status >= 400 && status < 500;
  if (flag === 'throttle') return status === 429;
  if (flag === 'error') return clientError;
  return status >= 500 || (span.statusCode === 2 && !clientError);
}

/** A root status of 4xx or 5xx settles error, fault, throttle and ok; otherwise the spans decide. */
function flagOnRootStatus(flag: TraceFlag, rootHttpStatus: number | null): boolean | undefined {
  const status = rootHttpStatus ?? 0;
  if (flag === 'ok') return status >= 400 ? false : undefined;
  if (flag === 'throttle') return status === 429 ? true : undefined;
  if (flag === 'error') return status >= 400 && status < 500 ? true : undefined;
  return status >= 500 ? true : undefined;
}

function compareValue(actual: unknown, node: ComparisonNode): boolean {
  if (typeof node.value === 'number') return compareNumber(asNumber(actual), node);
  if (typeof node.value === 'boolean') {
    const flag = actual === true || actual === 'true' ? true : actual === false || actual === 'false' ? false : null;
    return flag !== null && (node.operator === '=' ? flag === node.value : flag !== node.value);
  }
  const text = typeof actual === 'string' ? actual : typeof actual === 'number' ? String(actual) : null;
  return text !== null && compareString(text, node.operator, node.value);
}

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** The parser lets only number operators reach here with a number value. */
function compareNumber(actual: number | null, node: ComparisonNode): boolean {
  if (actual === null) return false;
  const expected = node.value as number;
  switch (node.operator as NumberOperator) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
  }
}

/** The parser lets only string operators reach here with a string value. */
function compareString(actual: string, operator: ComparisonOperator, expected: string): boolean {
  switch (operator as StringOperator) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case 'CONTAINS':
      return actual.includes(expected);
    case 'BEGINSWITH':
      return actual.startsWith(expected);
    case 'ENDSWITH':
      return actual.endsWith(expected);
  }
}
