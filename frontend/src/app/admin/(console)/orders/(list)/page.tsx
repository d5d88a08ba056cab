import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { FILTER_CONTROL, FilterBar } from '@/components/admin/filter-bar';
import { StatusBadge } from '@/components/admin/status-badge';
import { EmptyState } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import { Price } from '@/components/price';
import { attempt } from '@/lib/admin/attempt';
import { orderListApiPath, orderListHref, orderListQuery, type SearchParams } from '@/lib/admin/list-queries';
import { asOperator, requireOperator } from '@/lib/admin/session';
import { ORDER_STATUSES, type Order, type Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Orders · Admin' };

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const query = orderListQuery(await searchParams);
  const result = await attempt(asOperator<Page<Order>>(operator, orderListApiPath(query)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Orders</h1>
      <FilterBar action="/admin/orders" label="Filter orders" clearHref="/admin/orders">
        <div className="flex flex-col">
          <label htmlFor="orders-status" className="text-sm font-medium">
            Status
          </label>
          <select id="orders-status" name="status" defaultValue={query.status} className={FILTER_CONTROL}>
            <option value="">Any</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="orders-email" className="text-sm font-medium">
            Customer email
          </label>
          <input id="orders-email" type="email" name="email" defaultValue={query.email} className={FILTER_CONTROL} />
        </div>
      </FilterBar>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The orders could not be loaded" />
      ) : result.value.items.length === 0 ? (
        <EmptyState title="No orders match" />
      ) : (
        <>
          <div className="overflow-x-auto rounded border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Orders, newest first, {result.value.total} in all, page {result.value.page}
              </caption>
              <thead className="border-b border-slate-200 bg-slate-100">
                <tr>
                  {['Order', 'Placed', 'Customer', 'Items', 'Total', 'Status'].map((label) => (
                    <th key={label} scope="col" className="px-2 py-2 font-medium">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.value.items.map((order) => (
                  <tr key={order.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-2 py-2 font-mono text-xs">
                      <Link href={`/admin/orders/${order.id}`} className="text-indigo-800 underline">
                        {order.id.slice(0, 8)}
                        <span className="sr-only"> (order details)</span>
                      </Link>
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{new Date(order.createdAt).toLocaleString('en-GB')}</td>
                    <td className="px-2 py-2">{order.email}</td>
                    <td className="px-2 py-2 tabular-nums">
                      {order.lines.reduce((sum, line) => sum + line.quantity, 0)}
                    </td>
                    <td className="px-2 py-2">
                      <Price money={order.total} />
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={order.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={result.value.page}
            total={result.value.total}
            pageSize={result.value.pageSize}
            hrefFor={(page) => orderListHref(query, { page })}
          />
        </>
      )}
    </div>
  );
}
