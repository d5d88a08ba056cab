import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterBar, FilterInput, FilterSelect, sameLabels } from '@/components/admin/filter-bar';
import { AdminTable, ColumnHeaders, PagedList } from '@/components/admin/paged-list';
import { StatusBadge } from '@/components/admin/status-badge';
import { Price } from '@/components/price';
import { attempt } from '@/lib/admin/attempt';
import { hasErrors } from '@/lib/admin/form-data';
import { orderListApiPath, orderListFilters, orderListHref, type SearchParams } from '@/lib/admin/list-queries';
import { asOperator, requireOperator } from '@/lib/admin/session';
import { ORDER_STATUSES, type Order, type Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Orders · Admin' };

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const { query, errors } = orderListFilters(await searchParams);
  // Filters that cannot work are explained beside their inputs instead of listing every order.
  const result = hasErrors(errors) ? null : await attempt(asOperator<Page<Order>>(operator, orderListApiPath(query)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Orders</h1>
      <FilterBar action="/admin/orders" label="Filter orders" clearHref="/admin/orders">
        <FilterSelect
          id="orders-status"
          label="Status"
          name="status"
          value={query.status}
          anyLabel="Any"
          options={sameLabels(ORDER_STATUSES)}
        />
        <FilterInput
          id="orders-from"
          label="Placed from (UTC)"
          name="from"
          type="date"
          value={query.from}
          error={errors.from}
        />
        <FilterInput id="orders-to" label="Placed to (UTC)" name="to" type="date" value={query.to} error={errors.to} />
        <FilterInput
          id="orders-customer"
          label="Customer id"
          name="customerId"
          type="text"
          value={query.customerId}
          error={errors.customerId}
        />
        <FilterInput
          id="orders-email"
          label="Customer email"
          name="email"
          type="email"
          value={query.email}
          error={errors.email}
        />
      </FilterBar>
      {result === null ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          Correct the filters marked above to list the orders.
        </p>
      ) : (
        <PagedList
          result={result}
          failureTitle="The orders could not be loaded"
          empty={{ title: 'No orders match' }}
          hrefFor={(page) => orderListHref(query, { page })}
        >
          {(page) => (
            <AdminTable
              caption={
                <>
                  Orders, newest first, {page.total} in all, page {page.page}
                </>
              }
              columns={<ColumnHeaders labels={['Order', 'Placed', 'Customer', 'Items', 'Total', 'Status']} />}
            >
              {page.items.map((order) => (
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
            </AdminTable>
          )}
        </PagedList>
      )}
    </div>
  );
}
