import {
  context,
  createTraceState,
  isSpanContextValid,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Context,
  type SpanContext,
} from '@opentelemetry/api';
import type { TraceContext } from '@shop/contracts';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The trace context of a span in the forms events carry: W3C `traceparent`/`tracestate` and the X-Ray
 * header (our trace ids are X-Ray compatible: the AWS X-Ray id generator makes them). Undefined when
 * there is no valid span context (telemetry off).
 */
export function traceContextOf(spanContext: SpanContext | undefined): TraceContext | undefined {
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  const sampled = (spanContext.traceFlags & TraceFlags.SAMPLED) !== 0;
  const { traceId, spanId } = spanContext;
  const tracestate = spanContext.traceState?.serialize();
  return {
    traceparent: `00-${traceId}-${spanId}-${sampled ? '01' : '00'}`,
    ...(tracestate ? { tracestate } : {}),
    xrayTraceHeader: `Root=1-${traceId.slice(0, 8)}-${traceId.slice(8)};Parent=${spanId};Sampled=${sampled ? 1 : 0}`,
  };
}

/** The trace context of the active span: what a state change's event remembers to continue its trace. */
export function activeTraceContext(): TraceContext | undefined {
  return traceContextOf(trace.getSpanContext(context.active()));
}

/**
 * A context whose parent is the span a stored `traceparent` names, so the relay's producer span joins
 * the trace of the request that wrote the event, long after that request ended. Root when absent.
 */
export function contextFromTraceContext(traceContext: TraceContext | undefined): Context {
  const match = traceContext ? TRACEPARENT.exec(traceContext.traceparent) : null;
  if (!traceContext || !match) return ROOT_CONTEXT;
  const [, traceId = '', spanId = '', flags = '00'] = match;
  const spanContext: SpanContext = {
    traceId,
    spanId,
    traceFlags: Number.parseInt(flags, 16) & TraceFlags.SAMPLED,
    isRemote: true,
    ...(traceContext.tracestate ? { traceState: createTraceState(traceContext.tracestate) } : {}),
  };
  return isSpanContextValid(spanContext) ? trace.setSpanContext(ROOT_CONTEXT, spanContext) : ROOT_CONTEXT;
}
