import { trace, type Attributes } from '@opentelemetry/api';

/**
 * Adds business attributes (names from `ShopAttributes`) to the active span, e.g. the product a detail
 * request resolved to. Does nothing when no span is recording (telemetry off, or the trace not sampled).
 */
export function annotateSpan(attributes: Attributes): void {
  const span = trace.getActiveSpan();
  if (span?.isRecording()) span.setAttributes(attributes);
}
