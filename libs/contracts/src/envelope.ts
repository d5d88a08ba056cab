import { z } from 'zod';

/**
 * W3C trace context of the span that published an event, so the consumer's span continues the
 * producer's trace; `xrayTraceHeader` is the same context in X-Ray's `Root=...;Parent=...;Sampled=...`
 * form, for consumers reached through EventBridge.
 */
export const traceContextSchema = z.object({
  traceparent: z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/),
  tracestate: z.string().optional(),
  xrayTraceHeader: z.string().optional(),
});

export type TraceContext = z.infer<typeof traceContextSchema>;

/** The envelope every event travels in, whatever the transport; `data` is checked against the event's own schema. */
export const envelopeSchema = z.object({
  /** Unique per event, stable across retries and redeliveries: consumers' inboxes deduplicate on it. */
  id: z.uuid(),
  /** Versioned type, `<service>.<entity>.<fact>.v<version>`, e.g. `catalog.product.created.v1`. */
  type: z.string().regex(/^[a-z]+(\.[a-z][a-z-]*)+\.v[1-9]\d*$/),
  version: z.number().int().positive(),
  /** The publishing service, `shop.<service>` (EventBridge's `source`). */
  source: z.string().regex(/^shop\.[a-z-]+$/),
  /** When the fact happened (ISO 8601, UTC), not when it was published. */
  time: z.iso.datetime({ offset: true }),
  /** Ties together everything one user action caused, across services. */
  correlationId: z.string().min(1).max(128),
  traceContext: traceContextSchema.optional(),
  data: z.unknown(),
});

/** An event as it travels: the envelope around data of type `TData`. */
export interface EventEnvelope<TData = unknown, TType extends string = string> {
  readonly id: string;
  readonly type: TType;
  readonly version: number;
  readonly source: string;
  readonly time: string;
  readonly correlationId: string;
  readonly traceContext?: TraceContext;
  readonly data: TData;
}
