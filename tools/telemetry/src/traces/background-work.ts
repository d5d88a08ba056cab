import { isBrowserResource } from '../otlp/browser-resource';

/** How a trace search treats background work: keeps it, leaves it out, or finds nothing else. */
export const BACKGROUND_CHOICES = ['include', 'exclude', 'only'] as const;
export type BackgroundChoice = (typeof BACKGROUND_CHOICES)[number];

// OTLP SpanKind: an internal root is work a service began itself (a sweeper); a producer root is an event
// published with no request behind it (the seed's, relayed from the outbox without a trace context).
const BACKGROUND_ROOT_KINDS: ReadonlySet<number> = new Set([1, 4]);

/**
 * Whether a root span starts background work: a trace a backend service began on its own (a sweeper, a
 * scheduled job, an event no request led to) rather than to answer a request or a message. A browser's
 * internal root spans (a page load, a click) are a user's doing, so they are not.
 */
export function isBackgroundRoot(root: { kind: number; resource: string }): boolean {
  return (
    BACKGROUND_ROOT_KINDS.has(root.kind) && !isBrowserResource(JSON.parse(root.resource) as Record<string, unknown>)
  );
}
