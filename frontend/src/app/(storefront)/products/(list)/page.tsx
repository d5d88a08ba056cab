import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CategoryTree } from '@/components/category-tree';
import { EmptyState, FailureView } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import { ProductGrid } from '@/components/product-card';
import { getCategoryTree, listProducts } from '@/lib/catalog';
import { categoryPath } from '@/lib/categories';
import { PAGE_SIZE, PRODUCT_SORTS, SORT_LABELS, parseProductQuery, productsHref } from '@/lib/product-query';
import { failureOf } from '@/lib/results';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: 'Products' };

export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, invalid } = parseProductQuery(await searchParams);
  const [treeResult, pageResult] = await Promise.allSettled([getCategoryTree(), listProducts(query)]);
  const tree = treeResult.status === 'fulfilled' ? treeResult.value : [];
  const path = query.category ? categoryPath(tree, query.category) : [];
  const current = path.at(-1);
  const heading = query.q ? `Results for “${query.q}”` : (current?.name ?? 'All products');

  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <aside className="space-y-6">
        <CategoryTree
          tree={tree}
          {...(query.category ? { currentSlug: query.category } : {})}
          hrefFor={(slug) => productsHref({ page: 1 }, { category: slug })}
        />
        <form action="/products" className="space-y-3" aria-labelledby="filter-heading">
          <h2 id="filter-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            Filter
          </h2>
          {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
          {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
          <fieldset className="grid grid-cols-2 gap-2">
            <legend className="mb-1 text-sm font-medium">Price</legend>
            {(['minPrice', 'maxPrice'] as const).map((field) => (
              <div key={field} className="flex flex-col">
                <label htmlFor={field} className="text-xs text-slate-700">
                  {field === 'minPrice' ? 'From' : 'To'}
                </label>
                <input
                  id={field}
                  name={field}
                  inputMode="decimal"
                  defaultValue={query[field] ?? ''}
                  aria-invalid={invalid[field] ? true : undefined}
                  aria-describedby={invalid[field] ? `${field}-error` : undefined}
                  className="rounded border border-slate-400 px-2 py-1"
                />
                {invalid[field] ? (
                  <p id={`${field}-error`} className="text-xs text-red-800">
                    {invalid[field]}
                  </p>
                ) : null}
              </div>
            ))}
          </fieldset>
          <div className="flex flex-col">
            <label htmlFor="sort" className="text-sm font-medium">
              Sort by
            </label>
            <select
              id="sort"
              name="sort"
              defaultValue={query.sort ?? (query.q ? 'relevance' : 'newest')}
              className="rounded border border-slate-400 px-2 py-1"
            >
              {PRODUCT_SORTS.filter((sort) => sort !== 'relevance' || query.q).map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="w-full rounded bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
            Apply
          </button>
        </form>
      </aside>

      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        {path.length > 0 ? (
          <Breadcrumbs
            crumbs={[
              { label: 'All products', href: '/products' },
              ...path.map((node) => ({ label: node.name, href: productsHref({ page: 1 }, { category: node.slug }) })),
            ]}
          />
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="results-heading" className="text-2xl font-semibold">
            {heading}
          </h1>
          {pageResult.status === 'fulfilled' ? (
            <p className="text-sm text-slate-700" role="status">
              {pageResult.value.total} {pageResult.value.total === 1 ? 'product' : 'products'}
            </p>
          ) : null}
        </div>
        {pageResult.status === 'rejected' ? (
          <FailureView failure={failureOf(pageResult.reason)} title="Products could not be loaded" />
        ) : pageResult.value.items.length === 0 ? (
          <EmptyState title="No products match">
            <Link href="/products" className="font-medium text-indigo-800 underline">
              Clear the search and filters
            </Link>
          </EmptyState>
        ) : (
          <>
            <ProductGrid products={pageResult.value.items} label={heading} headingLevel={2} />
            <Pagination
              page={query.page}
              total={pageResult.value.total}
              pageSize={PAGE_SIZE}
              hrefFor={(page) => productsHref(query, { page })}
            />
          </>
        )}
      </section>
    </div>
  );
}
