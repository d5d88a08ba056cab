import type { Metadata } from 'next';
import Link from 'next/link';
import { changeProductsStatus } from '@/app/admin/actions/products';
import { AdminFailure } from '@/components/admin/admin-failure';
import { BULK_FORM_ID, BulkStatusForm } from '@/components/admin/bulk-status-form';
import { FILTER_CONTROL, FilterBar } from '@/components/admin/filter-bar';
import { StatusBadge } from '@/components/admin/status-badge';
import { EmptyState } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import { Price } from '@/components/price';
import { attempt } from '@/lib/admin/attempt';
import {
  productListApiPath,
  productListHref,
  productListQuery,
  type ProductListQuery,
  type SearchParams,
} from '@/lib/admin/list-queries';
import { asOperator, requireOperator } from '@/lib/admin/session';
import { PRODUCT_STATUSES, type AdminProductSummary, type ProductSort } from '@/lib/admin/types';
import type { Page } from '@/lib/types';

export const metadata: Metadata = { title: 'Products · Admin' };

const SORT_LABELS: Record<ProductSort, string> = {
  newest: 'Newest first',
  name: 'Name A–Z',
  price: 'Price, low to high',
  '-price': 'Price, high to low',
  relevance: 'Best match (with a search)',
};

/** A column header that sorts by it; the current sort is announced with aria-sort. */
function SortHeader({
  query,
  label,
  ascending,
  descending,
}: {
  query: ProductListQuery;
  label: string;
  ascending: ProductSort;
  descending?: ProductSort;
}) {
  const direction =
    query.sort === ascending
      ? 'ascending'
      : descending !== undefined && query.sort === descending
        ? 'descending'
        : undefined;
  const next = direction === 'ascending' && descending !== undefined ? descending : ascending;
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className="px-2 py-2 font-medium">
      <Link href={productListHref(query, { sort: next, page: 1 })} className="hover:underline">
        {label}
        <span aria-hidden="true">{direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
      </Link>
    </th>
  );
}

export default async function AdminProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const query = productListQuery(await searchParams);
  const result = await attempt(asOperator<Page<AdminProductSummary>>(operator, productListApiPath(query)));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Products</h1>
        {operator.canEdit ? (
          <Link
            href="/admin/products/new"
            className="rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700"
          >
            New product
          </Link>
        ) : null}
      </div>
      <FilterBar action="/admin/products" label="Filter products" clearHref="/admin/products">
        <div className="flex flex-col">
          <label htmlFor="products-q" className="text-sm font-medium">
            Search
          </label>
          <input id="products-q" type="search" name="q" defaultValue={query.q} className={FILTER_CONTROL} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="products-status" className="text-sm font-medium">
            Status
          </label>
          <select id="products-status" name="status" defaultValue={query.status} className={FILTER_CONTROL}>
            <option value="">Any</option>
            {PRODUCT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="products-sort" className="text-sm font-medium">
            Sort
          </label>
          <select id="products-sort" name="sort" defaultValue={query.sort} className={FILTER_CONTROL}>
            <option value="">Default</option>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </FilterBar>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The products could not be loaded" />
      ) : result.value.items.length === 0 ? (
        <EmptyState title="No products match">Change the search or the filters, or create a product.</EmptyState>
      ) : (
        <>
          {operator.canEdit ? <BulkStatusForm action={changeProductsStatus} /> : null}
          <div className="overflow-x-auto rounded border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Products, {result.value.total} in all, page {result.value.page}
              </caption>
              <thead className="border-b border-slate-200 bg-slate-100">
                <tr>
                  {operator.canEdit ? (
                    <th scope="col" className="px-2 py-2 font-medium">
                      <span className="sr-only">Select</span>
                    </th>
                  ) : null}
                  <th scope="col" className="px-2 py-2 font-medium">
                    SKU
                  </th>
                  <SortHeader query={query} label="Name" ascending="name" />
                  <SortHeader query={query} label="Price" ascending="price" descending="-price" />
                  <th scope="col" className="px-2 py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    Stock
                  </th>
                  <SortHeader query={query} label="Created" ascending="newest" />
                </tr>
              </thead>
              <tbody>
                {result.value.items.map((product) => (
                  <tr key={product.id} className="border-b border-slate-100 last:border-0">
                    {operator.canEdit ? (
                      <td className="px-2 py-2">
                        <input
                          type="checkbox"
                          name="ids"
                          value={product.id}
                          form={BULK_FORM_ID}
                          aria-label={`Select ${product.name}`}
                        />
                      </td>
                    ) : null}
                    <td className="px-2 py-2 font-mono text-xs">
                      <Link href={`/admin/inventory/${encodeURIComponent(product.sku)}`} className="hover:underline">
                        {product.sku}
                      </Link>
                    </td>
                    <td className="px-2 py-2">
                      {operator.canEdit ? (
                        <Link
                          href={`/admin/products/${product.id}/edit`}
                          className="font-medium text-indigo-800 underline"
                        >
                          {product.name}
                        </Link>
                      ) : (
                        product.name
                      )}
                    </td>
                    <td className="px-2 py-2">
                      <Price money={product.price} />
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={product.status} />
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={product.stockStatus} />
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">
                      {new Date(product.createdAt).toLocaleDateString('en-GB')}
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
            hrefFor={(page) => productListHref(query, { page })}
          />
        </>
      )}
    </div>
  );
}
