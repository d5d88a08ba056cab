import {
  attributesToRecord,
  idToHex,
  isValidId,
  nanosToMicros,
  type ExportTraceServiceRequest,
  type OtlpSpan,
} from '@shop/otlp';
import { serviceOf } from './column-values';
import { Rejections, type Normalized, type SpanRow } from './rows';

/** Spans of an export request as `spans` rows; spans with invalid ids or times are rejected. */
export function normalizeTraces(request: ExportTraceServiceRequest): Normalized<SpanRow> {
  const rows: SpanRow[] = [];
  const rejections = new Rejections();
  for (const resourceSpans of request.resourceSpans ?? []) {
    const resourceRecord = attributesToRecord(resourceSpans.resource?.attributes);
    const service = serviceOf(resourceRecord);
    const resource = JSON.stringify(resourceRecord);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      const scope = scopeSpans.scope?.name ?? '';
      for (const span of scopeSpans.spans ?? []) {
        const problem = spanProblem(span);
        if (problem) rejections.add(problem);
        else rows.push(spanRow(span, service, resource, scope));
      }
    }
  }
  return rejections.result(rows);
}

function spanProblem(span: OtlpSpan): string | undefined {
  if (!isValidId(span.traceId, 16)) return 'invalid trace id';
  if (!isValidId(span.spanId, 8)) return 'invalid span id';
  const parent = span.parentSpanId;
  if (parent && parent.length > 0 && !isValidId(parent, 8)) return 'invalid parent span id';
  if (nanosToMicros(span.endTimeUnixNano) < nanosToMicros(span.startTimeUnixNano)) return 'span ends before it starts';
  return undefined;
}

function spanRow(span: OtlpSpan, service: string, resource: string, scope: string): SpanRow {
  const attributes = attributesToRecord(span.attributes);
  const startUs = nanosToMicros(span.startTimeUnixNano);
  return {
    traceId: idToHex(span.traceId),
    spanId: idToHex(span.spanId),
    parentSpanId: idToHex(span.parentSpanId) || null,
    service,
    name: span.name ?? '',
    kind: span.kind ?? 0,
    startUs,
    endUs: nanosToMicros(span.endTimeUnixNano),
    statusCode: span.status?.code ?? 0,
    statusMessage: span.status?.message || null,
    httpStatus: httpStatusOf(attributes),
    attributes: JSON.stringify(attributes),
    resource,
    events: JSON.stringify(
      (span.events ?? []).map((event) => ({
        name: event.name ?? '',
        timeUs: nanosToMicros(event.timeUnixNano),
        attributes: attributesToRecord(event.attributes),
      })),
    ),
    links: JSON.stringify(
      (span.links ?? []).map((link) => ({
        traceId: idToHex(link.traceId),
        spanId: idToHex(link.spanId),
        attributes: attributesToRecord(link.attributes),
      })),
    ),
    scope,
  };
}

function httpStatusOf(attributes: Record<string, unknown>): number | null {
  const status = Number(attributes['http.response.status_code'] ?? attributes['http.status_code']);
  return Number.isInteger(status) && status > 0 ? status : null;
}
