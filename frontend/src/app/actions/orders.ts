'use server';

import { gateway } from '@/lib/gateway';
import { failureOf, type Result } from '@/lib/results';
import { currentCredentials, ownerOf } from '@/lib/session';
import type { Order } from '@/lib/types';

/** The order as it is now: the confirmation page polls this while the order is PENDING. */
export async function fetchOrder(orderId: string): Promise<Result<Order>> {
  try {
    const owner = ownerOf(await currentCredentials());
    return {
      ok: true,
      value: await gateway<Order>(`/api/orders/${encodeURIComponent(orderId)}`, { credentials: owner }),
    };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
