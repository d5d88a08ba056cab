export const RESERVATION_STATUSES = ['RESERVED', 'SOLD', 'RELEASED'] as const;
/** RESERVED: units held for the order; SOLD: they left with it; RELEASED: they went back to available. */
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** The units of one SKU held for one order. */
export interface Reservation {
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly status: ReservationStatus;
  readonly reservedUntil: Date;
}

export interface ReservationLine {
  readonly sku: string;
  readonly quantity: number;
}

/**
 * An order's lines as they are reserved: one per SKU (quantities of repeated SKUs added up), in SKU
 * order. Every transaction locks stock rows in this order, so two orders never wait on each other in a
 * cycle.
 */
export function reservationLines(lines: readonly ReservationLine[]): ReservationLine[] {
  const quantities = new Map<string, number>();
  for (const { sku, quantity } of lines) quantities.set(sku, (quantities.get(sku) ?? 0) + quantity);
  return [...quantities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sku, quantity]) => ({ sku, quantity }));
}

/** A line the stock could not cover; `available` is 0 for a SKU inventory does not know. */
export interface Shortage {
  readonly sku: string;
  readonly requested: number;
  readonly available: number;
  readonly unknownSku: boolean;
}

export type ReservationFailureReason = 'out-of-stock' | 'unknown-sku';

/** Any unknown SKU makes the failure `unknown-sku`: restocking would not help that order. */
export function failureReasonOf(shortages: readonly Shortage[]): ReservationFailureReason {
  return shortages.some((shortage) => shortage.unknownSku) ? 'unknown-sku' : 'out-of-stock';
}
