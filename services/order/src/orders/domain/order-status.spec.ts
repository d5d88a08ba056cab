import { canTransition, ORDER_STATUSES, statusesLeadingTo, type OrderStatus } from './order-status';

describe('order state machine', () => {
  const allowed: [OrderStatus, OrderStatus][] = [
    ['PENDING', 'CONFIRMED'],
    ['PENDING', 'REJECTED'],
    ['CONFIRMED', 'CANCELLED'],
  ];

  it.each(allowed)('moves %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('allows no other move: terminal states stay, nothing goes back to PENDING', () => {
    const others = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const)).filter(
      ([from, to]) => !allowed.some(([a, b]) => a === from && b === to),
    );
    expect(others.filter(([from, to]) => canTransition(from, to))).toEqual([]);
    expect(others).toContainEqual(['REJECTED', 'CONFIRMED']);
    expect(others).toContainEqual(['CONFIRMED', 'REJECTED']);
    expect(others).toContainEqual(['PENDING', 'CANCELLED']);
  });

  it.each([
    ['CONFIRMED', ['PENDING']],
    ['REJECTED', ['PENDING']],
    ['CANCELLED', ['CONFIRMED']],
    ['PENDING', []],
  ] as const)('the conditional update to %s requires one of %j', (to, from) => {
    expect(statusesLeadingTo(to)).toEqual(from);
  });
});
