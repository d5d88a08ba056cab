import { isBrowserResource } from '../otlp/browser-resource';

/** How a trace search treats background work: keeps it, leaves it out, or finds nothing else. */
export const BACKGROUND_CHOICES = ['include', 'exclude', 'only'] as const;
export type BackgroundChoice = (typeof BACKGROUND_CHOICES)[number];

const SPAN_KIND_INTERNAL = 1;

/**
 * Whether a root span starts background work: a trace a backend service began on its own (a sweeper, a
 * scheduled job) rather than to answer a request or a message. A browser's internal root spans (a page
 * load, a click) are a user's doing, so they are not.
 */
export function isBackgroundRoot(root: { kind: number; resource: string }): boolean {
  return root.kind === SPAN_KIND_INTERNAL && !isBrowserResource(JSON.parse(root.resource) as Record<string, unknown>);
}
