import Link from 'next/link';
import { FailureView } from '@/components/failure-view';
import { ProductGrid } from '@/components/product-card';
import { getCategoryTree, listProducts } from '@/lib/catalog';
import { failureOf } from '@/lib/results';

export default async function HomePage() {
  const [categories, products] = await Promise.allSettled([
    getCategoryTree(),
    listProducts({ page: 1, sort: 'newest' }),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome" className="rounded-xl bg-indigo-900 px-6 py-10 text-white">
        <h1 id="welcome" className="text-3xl font-bold">
          Everything for the desk, the kitchen and the trail
        </h1>
        <p className="mt-2 max-w-xl text-indigo-100">Browse the catalogue, fill a cart and follow your order.</p>
        <Link
          href="/products"
          className="mt-6 inline-block rounded bg-white px-5 py-2 font-semibold text-indigo-900 hover:bg-indigo-50"
        >
          Shop all products
        </Link>
      </section>

      <section aria-labelledby="featured-categories">
        <h2 id="featured-categories" className="mb-3 text-xl font-semibold">
          Categories
        </h2>
        {categories.status === 'rejected' ? (
          <FailureView failure={failureOf(categories.reason)} title="Categories could not be loaded" />
        ) : categories.value.length === 0 ? (
          <p className="text-slate-700">No categories yet.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {categories.value.map((category) => (
              <li key={category.id}>
                <Link
                  href={`/products?category=${category.slug}`}
                  className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-400"
                >
                  <span className="block font-semibold">{category.name}</span>
                  <span className="text-sm text-slate-700">{category.productCount} products</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-products">
        <h2 id="new-products" className="mb-3 text-xl font-semibold">
          New in
        </h2>
        {products.status === 'rejected' ? (
          <FailureView failure={failureOf(products.reason)} title="Products could not be loaded" />
        ) : products.value.items.length === 0 ? (
          <p className="text-slate-700">No products yet.</p>
        ) : (
          <ProductGrid products={products.value.items.slice(0, 8)} label="New products" />
        )}
      </section>
    </div>
  );
}
