import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { removeProductImage, uploadProductImage } from '@/app/admin/actions/product-images';
import { updateProduct } from '@/app/admin/actions/products';
import { AdminFailure } from '@/components/admin/admin-failure';
import { ProductForm } from '@/components/admin/product-form';
import { ProductImages } from '@/components/admin/product-images';
import { StatusBadge } from '@/components/admin/status-badge';
import { attempt } from '@/lib/admin/attempt';
import { categoryOptions } from '@/lib/admin/category-options';
import type { SearchParams } from '@/lib/admin/list-queries';
import { productValuesOf } from '@/lib/admin/product-form';
import { asOperator, requireAdmin } from '@/lib/admin/session';
import type { AdminProduct } from '@/lib/admin/types';
import { getCategoryTree } from '@/lib/catalog';

export const metadata: Metadata = { title: 'Edit product · Admin' };

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const operator = await requireAdmin();
  const { id } = await params;
  const created = (await searchParams)['created'] === '1';
  const [result, tree] = await Promise.all([
    attempt(asOperator<AdminProduct>(operator, `/api/catalog/admin/products/${encodeURIComponent(id)}`)),
    getCategoryTree().catch(() => []),
  ]);
  if (!result.ok && (result.failure.status === 404 || result.failure.status === 400)) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/products" className="text-sm text-indigo-800 underline">
        ← Products
      </Link>
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The product could not be loaded" />
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold">Edit {result.value.name}</h1>
            <StatusBadge status={result.value.status} />
          </div>
          {created ? (
            <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
              Created {result.value.name}.
            </p>
          ) : null}
          <p className="text-sm text-slate-700">
            Stock: <StatusBadge status={result.value.stockStatus} />{' '}
            <Link
              href={`/admin/inventory/${encodeURIComponent(result.value.sku)}`}
              className="text-indigo-800 underline"
            >
              Inventory of {result.value.sku}
            </Link>
            {result.value.status === 'active' ? (
              <>
                {' · '}
                <Link href={`/products/${result.value.slug}`} className="text-indigo-800 underline">
                  See it in the shop
                </Link>
              </>
            ) : null}
          </p>
          <ProductForm
            action={updateProduct.bind(null, result.value.id)}
            initial={productValuesOf(result.value)}
            categories={categoryOptions(tree)}
            submitLabel="Save changes"
          />
          <ProductImages
            images={result.value.images}
            upload={uploadProductImage.bind(null, result.value.id)}
            remove={removeProductImage.bind(null, result.value.id)}
          />
        </>
      )}
    </div>
  );
}
