/** The order saga's states: PENDING until inventory answers, CANCELLED only after CONFIRMED. */
export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const REJECTION_REASONS = ['out-of-stock', 'unknown-sku', 'expired'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

const NEXT: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['CONFIRMED', 'REJECTED'],
  CONFIRMED: ['CANCELLED'],
  REJECTED: [],
  CANCELLED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * The states an order may be in for a move to `to`: what the conditional UPDATE requires, so that a late,
 * duplicated or out-of-order event finds the order elsewhere and changes nothing.
 */
export function statusesLeadingTo(to: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((from) => canTransition(from, to));
}
