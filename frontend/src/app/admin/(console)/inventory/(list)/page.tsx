import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { FILTER_CONTROL, FilterBar } from '@/components/admin/filter-bar';
import { StatusBadge } from '@/components/admin/status-badge';
import { EmptyState } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import { attempt } from '@/lib/admin/attempt';
import { stockListApiPath, stockListHref, stockListQuery, type SearchParams } from '@/lib/admin/list-queries';
import { asOperator, requireOperator } from '@/lib/admin/session';
import type { StockItem } from '@/lib/admin/types';
import type { Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Inventory · Admin' };

export default async function AdminInventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const query = stockListQuery(await searchParams);
  const result = await attempt(asOperator<Page<StockItem>>(operator, stockListApiPath(query)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Inventory</h1>
      <FilterBar action="/admin/inventory" label="Filter stock" clearHref="/admin/inventory">
        <div className="flex flex-col">
          <label htmlFor="stock-q" className="text-sm font-medium">
            SKU starts with
          </label>
          <input id="stock-q" type="search" name="q" defaultValue={query.q} className={FILTER_CONTROL} />
        </div>
        <label className="flex items-center gap-2 py-2 text-sm font-medium">
          <input type="checkbox" name="lowStock" value="true" defaultChecked={query.lowStock} />
          Low stock only
        </label>
      </FilterBar>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The stock could not be loaded" />
      ) : result.value.items.length === 0 ? (
        <EmptyState title={query.lowStock ? 'Nothing is low on stock' : 'No stock items match'} />
      ) : (
        <>
          <div className="overflow-x-auto rounded border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Stock levels, {result.value.total} SKUs, page {result.value.page}
              </caption>
              <thead className="border-b border-slate-200 bg-slate-100">
                <tr>
                  {['SKU', 'On hand', 'Reserved', 'Available', 'Low at', 'Status', 'Updated'].map((label) => (
                    <th key={label} scope="col" className="px-2 py-2 font-medium">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.value.items.map((item) => (
                  <tr key={item.sku} className="border-b border-slate-100 last:border-0">
                    <td className="px-2 py-2 font-mono text-xs">
                      <Link
                        href={`/admin/inventory/${encodeURIComponent(item.sku)}`}
                        className="text-indigo-800 underline"
                      >
                        {item.sku}
                      </Link>
                    </td>
                    <td className="px-2 py-2 tabular-nums">{item.onHand}</td>
                    <td className="px-2 py-2 tabular-nums">{item.reserved}</td>
                    <td className="px-2 py-2 tabular-nums">{item.available}</td>
                    <td className="px-2 py-2 tabular-nums">{item.lowStockThreshold}</td>
                    <td className="px-2 py-2">
                      <StatusBadge status={item.status} />
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{new Date(item.updatedAt).toLocaleString('en-GB')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={result.value.page}
            total={result.value.total}
            pageSize={result.value.pageSize}
            hrefFor={(page) => stockListHref(query, { page })}
          />
        </>
      )}
    </div>
  );
}
