import type { Metadata } from 'next';
import { arrangeCategory, createCategory, renameCategory } from '@/app/admin/actions/categories';
import { AdminFailure } from '@/components/admin/admin-failure';
import { CreateCategoryForm } from '@/components/admin/category-forms';
import { CategoryTreeEditor } from '@/components/admin/category-tree-editor';
import { CategoryTreeView } from '@/components/admin/category-tree-view';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import { categoryOptions } from '@/lib/admin/category-options';
import { requireOperator } from '@/lib/admin/session';
import { getCategoryTree } from '@/lib/catalog';

export const metadata: Metadata = { title: 'Categories · Admin' };

export default async function CategoriesPage() {
  const operator = await requireOperator();
  const tree = await attempt(getCategoryTree());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Categories</h1>
      <div className={operator.canEdit ? 'grid gap-6 lg:grid-cols-[1fr_20rem]' : ''}>
        <section aria-label="Category tree" className="space-y-3">
          {!tree.ok ? (
            <AdminFailure failure={tree.failure} title="The categories could not be loaded" />
          ) : tree.value.length === 0 ? (
            <EmptyState title="No categories yet" />
          ) : operator.canEdit ? (
            <CategoryTreeEditor tree={tree.value} arrange={arrangeCategory} rename={renameCategory} />
          ) : (
            <CategoryTreeView tree={tree.value} />
          )}
        </section>
        {operator.canEdit ? (
          <div className="h-fit rounded border border-slate-200 bg-white p-4">
            <CreateCategoryForm action={createCategory} parents={tree.ok ? categoryOptions(tree.value) : []} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
