'use client';

import type { ProductFormState } from '@/app/admin/actions/products';
import { failedChecks } from '@/lib/admin/form-data';
import { PRODUCT_FIELDS, productFormValues, validateProduct, type ProductFormValues } from '@/lib/admin/product-form';
import { PRODUCT_STATUSES } from '@/lib/admin/types';
import { ConsoleForm } from './console-form';
import { FieldError, InputField, SelectField, TextAreaField } from '../field';
import { useCheckedAction } from './use-checked-action';

/** A category to offer, with its depth in the tree for indentation. */
export interface CategoryOption {
  id: string;
  name: string;
  depth: number;
}

interface ProductFormProps {
  action: (previous: ProductFormState, form: FormData) => Promise<ProductFormState>;
  initial: ProductFormValues;
  categories: CategoryOption[];
  submitLabel: string;
}

/**
 * Create and edit a product. The rules are checked here first (errors beside each field, focus on the
 * first) and again by the server action, which the catalog checks once more.
 */
export function ProductForm({ action, initial, categories, submitLabel }: ProductFormProps) {
  const form = useCheckedAction(
    action,
    initial,
    (data) => failedChecks(validateProduct(productFormValues(data))),
    PRODUCT_FIELDS,
  );
  const { errors, state } = form;
  const values = state.values;

  return (
    <ConsoleForm
      form={form}
      failureTitle="The product was not saved"
      submit={{
        label: submitLabel,
        pending: 'Saving…',
        className: 'rounded bg-slate-900 px-5 py-2 font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400',
      }}
      className="space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          id="product-sku"
          name="sku"
          label="SKU"
          hint="Letters, digits, dots, dashes or underscores; inventory tracks stock by it."
          defaultValue={values.sku}
          error={errors.sku}
          required
        />
        <InputField
          id="product-name"
          name="name"
          label="Name"
          defaultValue={values.name}
          error={errors.name}
          required
        />
        <InputField
          id="product-slug"
          name="slug"
          label="Slug (optional)"
          hint="The product's address in the shop; made from the name when left empty."
          defaultValue={values.slug}
          error={errors.slug}
        />
        <SelectField
          id="product-status"
          name="status"
          label="Status"
          defaultValue={values.status}
          error={errors.status}
        >
          {PRODUCT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </SelectField>
        <InputField
          id="product-amount"
          name="amount"
          label="Price"
          hint="An exact amount like 19.99."
          inputMode="decimal"
          defaultValue={values.amount}
          error={errors.amount}
          required
        />
        <InputField
          id="product-currency"
          name="currency"
          label="Currency"
          hint="Three letters, like EUR."
          defaultValue={values.currency}
          error={errors.currency}
          required
        />
      </div>
      <TextAreaField
        id="product-description"
        name="description"
        label="Description"
        rows={5}
        defaultValue={values.description}
        error={errors.description}
      />
      <fieldset
        aria-describedby={errors.categoryIds ? 'product-categories-error' : undefined}
        className="rounded border border-slate-300 p-3"
      >
        <legend className="px-1 text-sm font-medium">Categories</legend>
        {categories.length === 0 ? (
          <p className="text-sm text-slate-700">The catalog has no categories yet.</p>
        ) : (
          <ul className="max-h-60 space-y-1 overflow-y-auto">
            {categories.map((category) => (
              <li key={category.id} style={{ paddingLeft: `${category.depth * 1.25}rem` }}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="categoryIds"
                    value={category.id}
                    defaultChecked={values.categoryIds.includes(category.id)}
                  />
                  {category.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        <FieldError id="product-categories" error={errors.categoryIds} />
      </fieldset>
    </ConsoleForm>
  );
}
