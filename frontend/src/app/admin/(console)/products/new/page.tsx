import type { Metadata } from 'next';
import Link from 'next/link';
import { createProduct } from '@/app/admin/actions/products';
import { ProductForm } from '@/components/admin/product-form';
import { categoryOptions } from '@/lib/admin/category-options';
import { EMPTY_PRODUCT } from '@/lib/admin/product-form';
import { requireAdmin } from '@/lib/admin/session';
import { getCategoryTree } from '@/lib/catalog';

export const metadata: Metadata = { title: 'New product · Admin' };

export default async function NewProductPage() {
  await requireAdmin();
  const categories = categoryOptions(await getCategoryTree().catch(() => []));
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/products" className="text-sm text-indigo-800 underline">
        ← Products
      </Link>
      <h1 className="text-2xl font-semibold">New product</h1>
      <ProductForm
        action={createProduct}
        initial={EMPTY_PRODUCT}
        categories={categories}
        submitLabel="Create product"
      />
    </div>
  );
}
