import type { Context, TextMapGetter, TextMapPropagator } from '@opentelemetry/api';

/**
 * A propagator that reads its header from incoming requests but never writes it on outgoing ones: for a
 * process that writes that header itself (the gateway writes `X-Amzn-Trace-Id` as the ALB does), where the
 * instrumentation would otherwise add a second one.
 */
export function extractOnly(propagator: TextMapPropagator): TextMapPropagator {
  return {
    inject: () => undefined,
    extract: (context: Context, carrier: unknown, getter: TextMapGetter) =>
      propagator.extract(context, carrier, getter),
    fields: () => [],
  };
}
