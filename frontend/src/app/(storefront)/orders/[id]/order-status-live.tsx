'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { fetchOrder } from '@/app/actions/orders';
import { OrderStatusTracker } from '@/components/order-status';
import type { Order } from '@/lib/types';

/** The tracker on the confirmation page: once the order settles, the header's cart count is read again. */
export function OrderStatusLive({ initial }: { initial: Order }) {
  const router = useRouter();
  const refresh = useCallback(() => router.refresh(), [router]);
  return <OrderStatusTracker initial={initial} poll={fetchOrder} onChange={refresh} />;
}
