import type { Metadata } from 'next';
import Link from 'next/link';
import { changeProductsStatus, updateProductRow } from '@/app/admin/actions/products';
import { BULK_FORM_ID, BulkStatusForm } from '@/components/admin/bulk-status-form';
import { EditableProductRow } from '@/components/admin/editable-product-row';
import { FilterBar, FilterInput, FilterSelect, sameLabels } from '@/components/admin/filter-bar';
import { AdminTable, ColumnHeaders, PagedList } from '@/components/admin/paged-list';
import { StatusBadge } from '@/components/admin/status-badge';
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
        <FilterInput id="products-q" label="Search" name="q" type="search" value={query.q} />
        <FilterSelect
          id="products-status"
          label="Status"
          name="status"
          value={query.status}
          anyLabel="Any"
          options={sameLabels(PRODUCT_STATUSES)}
        />
        <FilterSelect
          id="products-sort"
          label="Sort"
          name="sort"
          value={query.sort}
          anyLabel="Default"
          options={Object.entries(SORT_LABELS)}
        />
      </FilterBar>
      <PagedList
        result={result}
        failureTitle="The products could not be loaded"
        empty={{ title: 'No products match', text: 'Change the search or the filters, or create a product.' }}
        hrefFor={(page) => productListHref(query, { page })}
      >
        {(page) => (
          <>
            {operator.canEdit ? <BulkStatusForm action={changeProductsStatus} /> : null}
            <AdminTable
              caption={
                <>
                  Products, {page.total} in all, page {page.page}
                </>
              }
              columns={
                <>
                  {operator.canEdit ? (
                    <th scope="col" className="px-2 py-2 font-medium">
                      <span className="sr-only">Select</span>
                    </th>
                  ) : null}
                  <ColumnHeaders labels={['SKU']} />
                  <SortHeader query={query} label="Name" ascending="name" />
                  <SortHeader query={query} label="Price" ascending="price" descending="-price" />
                  <ColumnHeaders labels={['Status', 'Stock']} />
                  <SortHeader query={query} label="Created" ascending="newest" />
                  {operator.canEdit ? (
                    <th scope="col" className="px-2 py-2 font-medium">
                      <span className="sr-only">Edit</span>
                    </th>
                  ) : null}
                </>
              }
            >
              {page.items.map((product) => {
                const sku = (
                  <td className="px-2 py-2 font-mono text-xs">
                    <Link href={`/admin/inventory/${encodeURIComponent(product.sku)}`} className="hover:underline">
                      {product.sku}
                    </Link>
                  </td>
                );
                const trailing = (
                  <>
                    <td className="px-2 py-2">
                      <StatusBadge status={product.status} />
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={product.stockStatus} />
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">
                      {new Date(product.createdAt).toLocaleDateString('en-GB')}
                    </td>
                  </>
                );
                return operator.canEdit ? (
                  <EditableProductRow
                    key={product.id}
                    product={{ id: product.id, name: product.name, price: product.price }}
                    action={updateProductRow.bind(null, product.id)}
                    leading={
                      <>
                        <td className="px-2 py-2">
                          <input
                            type="checkbox"
                            name="ids"
                            value={product.id}
                            form={BULK_FORM_ID}
                            aria-label={`Select ${product.name}`}
                          />
                        </td>
                        {sku}
                      </>
                    }
                    trailing={trailing}
                  />
                ) : (
                  <tr key={product.id} className="border-b border-slate-100 last:border-0">
                    {sku}
                    <td className="px-2 py-2">{product.name}</td>
                    <td className="px-2 py-2">
                      <Price money={product.price} />
                    </td>
                    {trailing}
                  </tr>
                );
              })}
            </AdminTable>
          </>
        )}
      </PagedList>
    </div>
  );
}
