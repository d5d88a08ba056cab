'use server';

import { revalidatePath } from 'next/cache';
import {
  categoryFormValues,
  validateCategory,
  type CategoryField,
  type CategoryFormValues,
  type CategoryPlan,
} from '@/lib/admin/category-tree';
import { submitChecked, type Checked } from '@/lib/admin/form-action';
import { hasErrors, type FieldErrors } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import { adminForAction, asOperator, isRefusal } from '@/lib/admin/session';
import { ApiError } from '@/lib/api-error';
import { failureOf } from '@/lib/results';
import type { CategoryNode, Failure } from '@/lib/types';

export type CategoryFormState = FormState<CategoryFormValues, CategoryField>;

const ADMIN_CATEGORIES = '/api/catalog/admin/categories';
const PAGE = '/admin/categories';

function checkCategory(values: CategoryFormValues): Checked<CategoryFormValues, CategoryField> {
  const errors = validateCategory(values);
  return hasErrors(errors) ? { ok: false, errors } : { ok: true, body: values };
}

function slugTakenError(error: unknown): FieldErrors<CategoryField> | null {
  return error instanceof ApiError && error.code === 'CATEGORY_SLUG_TAKEN'
    ? { slug: 'Another category has this slug' }
    : null;
}

export async function createCategory(_previous: CategoryFormState, form: FormData): Promise<CategoryFormState> {
  const sent = await submitChecked(
    categoryFormValues(form),
    checkCategory,
    (values, operator) =>
      asOperator<CategoryNode>(operator, ADMIN_CATEGORIES, {
        method: 'POST',
        body: {
          name: values.name,
          ...(values.slug ? { slug: values.slug } : {}),
          parentId: values.parentId || null,
        },
      }),
    slugTakenError,
  );
  if (!sent.ok) return sent.state;
  revalidatePath(PAGE);
  return {
    values: { name: '', slug: '', parentId: sent.body.parentId },
    errors: {},
    done: `Created ${sent.value.name}.`,
  };
}

export async function renameCategory(
  categoryId: string,
  _previous: CategoryFormState,
  form: FormData,
): Promise<CategoryFormState> {
  const sent = await submitChecked(
    categoryFormValues(form),
    checkCategory,
    (values, operator) =>
      asOperator<CategoryNode>(operator, `${ADMIN_CATEGORIES}/${encodeURIComponent(categoryId)}`, {
        method: 'PATCH',
        body: { name: values.name, ...(values.slug ? { slug: values.slug } : {}) },
      }),
    slugTakenError,
  );
  if (!sent.ok) return sent.state;
  revalidatePath(PAGE);
  return { values: sent.body, errors: {}, done: `Renamed to ${sent.value.name}.` };
}

export interface ArrangeState {
  failure?: Failure;
  done?: string;
}

/** A move under another parent, then the order among the new siblings; either step's refusal is shown. */
export async function arrangeCategory(plan: CategoryPlan, description: string): Promise<ArrangeState> {
  const operator = await adminForAction();
  if (isRefusal(operator)) return { failure: operator };
  try {
    if (plan.move) {
      await asOperator<CategoryNode>(operator, `${ADMIN_CATEGORIES}/${encodeURIComponent(plan.categoryId)}/move`, {
        method: 'POST',
        body: { parentId: plan.move.parentId },
      });
    }
    if (plan.order) {
      await asOperator<void>(operator, `${ADMIN_CATEGORIES}/order`, {
        method: 'PUT',
        body: { parentId: plan.order.parentId, childIds: plan.order.childIds },
      });
    }
    return { done: description };
  } catch (error) {
    return { failure: failureOf(error) };
  } finally {
    // A move that went through before the reorder failed is still a change the page must show.
    revalidatePath(PAGE);
  }
}
