import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmptyState, FailureView } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import { gateway } from '@/lib/gateway';
import { formatMoney } from '@/lib/money';
import { failureOf } from '@/lib/results';
import { signInHref } from '@/lib/return-to';
import { currentCredentials, ownerOf } from '@/lib/session';
import type { Order, Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Your orders' };

const PAGE_SIZE = 10;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = Number((await searchParams)['page']);
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const owner = ownerOf(await currentCredentials());
  // A guest with a cart sees the orders placed with it; anyone else signs in and comes back here.
  if (!owner.bearer && !owner.cartToken)
    redirect(signInHref('/signin', page === 1 ? '/orders' : `/orders?page=${page}`));
  const heading = <h1 className="text-2xl font-semibold">Your orders</h1>;
  let orders: Page<Order>;
  try {
    orders = await gateway<Page<Order>>(`/api/orders?page=${page}&pageSize=${PAGE_SIZE}`, { credentials: owner });
  } catch (error) {
    return (
      <div className="space-y-4">
        {heading}
        <FailureView failure={failureOf(error)} title="Your orders could not be loaded" />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {heading}
      {orders.items.length === 0 ? (
        <EmptyState title="No orders yet">
          <Link href="/products" className="font-medium text-indigo-800 underline">
            Start shopping
          </Link>
        </EmptyState>
      ) : (
        <ul aria-label="Orders" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {orders.items.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div>
                <Link href={`/orders/${order.id}`} className="font-medium text-indigo-800 underline">
                  Order {order.id.slice(0, 8)}
                </Link>
                <p className="text-sm text-slate-700">
                  {new Date(order.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                  {order.lines.reduce((count, line) => count + line.quantity, 0)} items
                </p>
              </div>
              <div className="text-right">
                <p className="font-semibold">{formatMoney(order.total)}</p>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-700">{order.status}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} total={orders.total} pageSize={PAGE_SIZE} hrefFor={(next) => `/orders?page=${next}`} />
    </div>
  );
}
