import { isSpanContextValid, trace } from '@opentelemetry/api';

/** The trace and span ids of the active span, in the same hex form the exported spans carry (a pino mixin). */
export function traceFields(): Record<string, string> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
