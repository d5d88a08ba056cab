import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterBar, FilterInput } from '@/components/admin/filter-bar';
import { AdminTable, ColumnHeaders, PagedList } from '@/components/admin/paged-list';
import { StatusBadge } from '@/components/admin/status-badge';
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
        <FilterInput id="stock-q" label="SKU starts with" name="q" type="search" value={query.q} />
        <label className="flex items-center gap-2 py-2 text-sm font-medium">
          <input type="checkbox" name="lowStock" value="true" defaultChecked={query.lowStock} />
          Low stock only
        </label>
      </FilterBar>
      <PagedList
        result={result}
        failureTitle="The stock could not be loaded"
        empty={{ title: query.lowStock ? 'Nothing is low on stock' : 'No stock items match' }}
        hrefFor={(page) => stockListHref(query, { page })}
      >
        {(page) => (
          <AdminTable
            caption={
              <>
                Stock levels, {page.total} SKUs, page {page.page}
              </>
            }
            columns={
              <ColumnHeaders labels={['SKU', 'On hand', 'Reserved', 'Available', 'Low at', 'Status', 'Updated']} />
            }
          >
            {page.items.map((item) => (
              <tr key={item.sku} className="border-b border-slate-100 last:border-0">
                <td className="px-2 py-2 font-mono text-xs">
                  <Link href={`/admin/inventory/${encodeURIComponent(item.sku)}`} className="text-indigo-800 underline">
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
          </AdminTable>
        )}
      </PagedList>
    </div>
  );
}
