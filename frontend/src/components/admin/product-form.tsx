'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { ProductFormState } from '@/app/admin/actions/products';
import type { FieldErrors } from '@/lib/admin/form-data';
import {
  PRODUCT_FIELDS,
  productFormValues,
  validateProduct,
  type ProductField,
  type ProductFormValues,
} from '@/lib/admin/product-form';
import { PRODUCT_STATUSES } from '@/lib/admin/types';
import { AdminFailure, DoneMessage } from './admin-failure';
import { controlClass, describedBy, Field, FieldError, focusFirstError, InputField } from './field';

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
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors<ProductField> | null>(null);
  const errors = clientErrors ?? state.errors;
  const values = state.values;

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = validateProduct(productFormValues(new FormData(event.currentTarget)));
    if (checked.ok) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(checked.errors);
    focusFirstError(event.currentTarget, PRODUCT_FIELDS, checked.errors);
  }

  return (
    <form action={formAction} onSubmit={check} noValidate className="space-y-4" aria-busy={pending}>
      {state.failure ? <AdminFailure failure={state.failure} title="The product was not saved" /> : null}
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
        <Field id="product-status" label="Status" error={errors.status}>
          <select
            id="product-status"
            name="status"
            defaultValue={values.status}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={describedBy('product-status', false, errors.status)}
            className={controlClass(errors.status)}
          >
            {PRODUCT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </Field>
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
      <Field id="product-description" label="Description" error={errors.description}>
        <textarea
          id="product-description"
          name="description"
          rows={5}
          defaultValue={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('product-description', false, errors.description)}
          className={controlClass(errors.description)}
        />
      </Field>
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
      <DoneMessage text={state.done} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-5 py-2 font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400"
      >
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
