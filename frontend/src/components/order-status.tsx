'use client';

import { useEffect, useState } from 'react';
import type { Result } from '@/lib/results';
import type { Failure, Order, OrderStatus } from '@/lib/types';
import { FailureView } from './failure-view';

const MESSAGES: Record<OrderStatus, { title: string; body: string; className: string }> = {
  PENDING: {
    title: 'We are reserving your items…',
    body: 'This usually takes a few seconds. This page updates by itself.',
    className: 'border-slate-300 bg-slate-50 text-slate-900',
  },
  CONFIRMED: {
    title: 'Order confirmed',
    body: 'Your items are reserved and your order is on its way to the warehouse.',
    className: 'border-green-300 bg-green-50 text-green-900',
  },
  REJECTED: {
    title: 'Order not accepted',
    body: 'We could not reserve every item. Nothing has been charged.',
    className: 'border-red-300 bg-red-50 text-red-900',
  },
  CANCELLED: {
    title: 'Order cancelled',
    body: 'The order was cancelled and its items released.',
    className: 'border-slate-300 bg-slate-50 text-slate-900',
  },
};

interface OrderStatusTrackerProps {
  initial: Order;
  poll: (orderId: string) => Promise<Result<Order>>;
  /** First wait between polls; it grows to at most 10 s while the order stays PENDING. */
  intervalMs?: number;
  onChange?: (order: Order) => void;
}

/** Follows an order from PENDING until it is CONFIRMED or REJECTED, announcing the change. */
export function OrderStatusTracker({ initial, poll, intervalMs = 1000, onChange }: OrderStatusTrackerProps) {
  const [order, setOrder] = useState(initial);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (order.status !== 'PENDING') return;
    let cancelled = false;
    let wait = intervalMs;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const result = await poll(order.id);
      if (cancelled) return;
      if (result.ok) {
        setFailure(null);
        if (result.value.status !== 'PENDING') {
          setOrder(result.value);
          onChange?.(result.value);
          return;
        }
      } else {
        setFailure(result.failure);
      }
      wait = Math.min(wait * 1.5, 10_000);
      timer = setTimeout(() => void tick(), wait);
    };
    timer = setTimeout(() => void tick(), wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [order.id, order.status, poll, intervalMs, onChange]);

  const message = MESSAGES[order.status];
  return (
    <div>
      <div role="status" aria-live="polite" className={`rounded-lg border p-4 ${message.className}`}>
        <p className="text-sm font-medium uppercase tracking-wide" data-testid="order-status">
          {order.status}
        </p>
        <h2 className="text-xl font-semibold">{message.title}</h2>
        <p className="mt-1 text-sm">
          {message.body}
          {order.status === 'REJECTED' && order.rejectionReason ? ` Reason: ${order.rejectionReason}.` : ''}
        </p>
      </div>
      {failure ? (
        <div className="mt-3">
          <FailureView failure={failure} title="Could not check the order just now; still trying" />
        </div>
      ) : null}
    </div>
  );
}
