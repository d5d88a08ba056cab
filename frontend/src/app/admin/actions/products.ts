'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { submitChecked } from '@/lib/admin/form-action';
import { textFields, textField } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import {
  productFormValues,
  productRowValues,
  validateProduct,
  validateProductRow,
  type ProductField,
  type ProductFormValues,
  type ProductRequestBody,
  type ProductRowField,
  type ProductRowValues,
} from '@/lib/admin/product-form';
import { adminForAction, asOperator, isRefusal, type Operator } from '@/lib/admin/session';
import { PRODUCT_STATUSES, type AdminProduct, type ProductStatus } from '@/lib/admin/types';
import { ApiError } from '@/lib/api-error';
import { failureOf } from '@/lib/results';
import type { Failure, Money } from '@/lib/types';

export type ProductFormState = FormState<ProductFormValues, ProductField>;

/** A conflict the operator can fix in one field, shown beside it. */
function fieldErrorOf(error: unknown): Partial<Record<ProductField, string>> | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'SKU_TAKEN') return { sku: 'Another product has this SKU' };
  if (error.code === 'PRODUCT_SLUG_TAKEN') return { slug: 'Another product has this slug' };
  if (error.code === 'UNKNOWN_CATEGORIES') return { categoryIds: 'A chosen category no longer exists' };
  return null;
}

function saveProduct(form: FormData, send: (body: ProductRequestBody, operator: Operator) => Promise<AdminProduct>) {
  return submitChecked(productFormValues(form), validateProduct, send, fieldErrorOf);
}

export async function createProduct(_previous: ProductFormState, form: FormData): Promise<ProductFormState> {
  const saved = await saveProduct(form, (body, operator) =>
    asOperator<AdminProduct>(operator, '/api/catalog/admin/products', { method: 'POST', body }),
  );
  if (!saved.ok) return saved.state;
  revalidatePath('/admin/products');
  redirect(`/admin/products/${saved.value.id}/edit?created=1`);
}

export async function updateProduct(
  productId: string,
  _previous: ProductFormState,
  form: FormData,
): Promise<ProductFormState> {
  const saved = await saveProduct(form, (body, operator) =>
    asOperator<AdminProduct>(operator, `/api/catalog/admin/products/${encodeURIComponent(productId)}`, {
      method: 'PATCH',
      body,
    }),
  );
  if (!saved.ok) return saved.state;
  revalidatePath('/admin/products');
  return { values: productFormValues(form), errors: {}, done: `Saved ${saved.value.name}.` };
}

export interface ProductRowState extends FormState<ProductRowValues, ProductRowField> {
  /** The name and the price as the catalog saved them. */
  saved?: { name: string; price: Money };
}

/** The products table's inline edit: a PATCH of the name and the price only. */
export async function updateProductRow(
  productId: string,
  _previous: ProductRowState,
  form: FormData,
): Promise<ProductRowState> {
  const saved = await submitChecked(productRowValues(form), validateProductRow, (body, operator) =>
    asOperator<AdminProduct>(operator, `/api/catalog/admin/products/${encodeURIComponent(productId)}`, {
      method: 'PATCH',
      body,
    }),
  );
  if (!saved.ok) return saved.state;
  revalidatePath('/admin/products');
  const { name, price } = saved.value;
  return {
    values: { name, amount: price.amount, currency: price.currency },
    errors: {},
    saved: { name, price },
    done: `Saved ${name}.`,
  };
}

export interface BulkStatusState {
  failure?: Failure;
  error?: string;
  done?: string;
}

function isStatus(value: string): value is ProductStatus {
  return (PRODUCT_STATUSES as readonly string[]).includes(value);
}

/** Gives the ticked products one status; the catalog changes all of them or none. */
export async function changeProductsStatus(_previous: BulkStatusState, form: FormData): Promise<BulkStatusState> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { failure: operator };
  const ids = textFields(form, 'ids');
  const status = textField(form, 'status');
  if (ids.length === 0) return { error: 'Tick the products to change first' };
  if (!isStatus(status)) return { error: 'Choose the status to give them' };
  try {
    const { updated } = await asOperator<{ updated: number }>(operator, '/api/catalog/admin/products/status', {
      method: 'POST',
      body: { ids, status },
    });
    revalidatePath('/admin/products');
    return { done: `${updated} ${updated === 1 ? 'product is' : 'products are'} now ${status}.` };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}
