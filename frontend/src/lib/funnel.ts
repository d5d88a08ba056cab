/** The steps of the shopping funnel, as span names (`funnel <step>`) and CloudWatch RUM event types. */
export const FUNNEL_STEPS = {
  productViewed: 'product_viewed',
  addedToCart: 'added_to_cart',
  checkoutStarted: 'checkout_started',
  orderPlaced: 'order_placed',
} as const;

export type FunnelStep = (typeof FUNNEL_STEPS)[keyof typeof FUNNEL_STEPS];

export interface FunnelEvent {
  step: FunnelStep;
  /** Money as exact decimal strings, never floats. */
  attributes: Record<string, string | number>;
}

type FunnelSink = (event: FunnelEvent) => void;

// The telemetry SDKs load after hydration, after the page's first step was recorded: each replays these.
const MAX_KEPT = 100;
const recorded: FunnelEvent[] = [];
const sinks: FunnelSink[] = [];

export function recordFunnelEvent(event: FunnelEvent): void {
  recorded.push(event);
  if (recorded.length > MAX_KEPT) recorded.shift();
  for (const sink of sinks) sink(event);
}

/** Receives every funnel event of this page, the ones recorded before it subscribed first. */
export function onFunnelEvent(sink: FunnelSink): void {
  for (const event of recorded) sink(event);
  sinks.push(sink);
}
