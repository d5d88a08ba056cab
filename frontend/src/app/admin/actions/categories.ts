'use server';

import { revalidatePath } from 'next/cache';
import {
  categoryFormValues,
  validateCategory,
  type CategoryField,
  type CategoryFormValues,
  type CategoryPlan,
} from '@/lib/admin/category-tree';
import { hasErrors } from '@/lib/admin/form-data';
import type { FormState } from '@/lib/admin/form-state';
import { adminForAction, asOperator, isRefusal } from '@/lib/admin/session';
import { ApiError } from '@/lib/api-error';
import { failureOf } from '@/lib/results';
import type { CategoryNode, Failure } from '@/lib/types';

export type CategoryFormState = FormState<CategoryFormValues, CategoryField>;

const ADMIN_CATEGORIES = '/api/catalog/admin/categories';
const PAGE = '/admin/categories';

function slugTaken(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CATEGORY_SLUG_TAKEN';
}

export async function createCategory(_previous: CategoryFormState, form: FormData): Promise<CategoryFormState> {
  const values = categoryFormValues(form);
  const operator = await adminForAction();
  if (isRefusal(operator)) return { values, errors: {}, failure: operator };
  const errors = validateCategory(values);
  if (hasErrors(errors)) return { values, errors };
  try {
    const created = await asOperator<CategoryNode>(operator, ADMIN_CATEGORIES, {
      method: 'POST',
      body: {
        name: values.name,
        ...(values.slug ? { slug: values.slug } : {}),
        parentId: values.parentId || null,
      },
    });
    revalidatePath(PAGE);
    return { values: { name: '', slug: '', parentId: values.parentId }, errors: {}, done: `Created ${created.name}.` };
  } catch (error) {
    if (slugTaken(error)) return { values, errors: { slug: 'Another category has this slug' } };
    return { values, errors: {}, failure: failureOf(error) };
  }
}

export async function renameCategory(
  categoryId: string,
  _previous: CategoryFormState,
  form: FormData,
): Promise<CategoryFormState> {
  const values = categoryFormValues(form);
  const operator = await adminForAction();
  if (isRefusal(operator)) return { values, errors: {}, failure: operator };
  const errors = validateCategory(values);
  if (hasErrors(errors)) return { values, errors };
  try {
    const renamed = await asOperator<CategoryNode>(operator, `${ADMIN_CATEGORIES}/${encodeURIComponent(categoryId)}`, {
      method: 'PATCH',
      body: { name: values.name, ...(values.slug ? { slug: values.slug } : {}) },
    });
    revalidatePath(PAGE);
    return { values, errors: {}, done: `Renamed to ${renamed.name}.` };
  } catch (error) {
    if (slugTaken(error)) return { values, errors: { slug: 'Another category has this slug' } };
    return { values, errors: {}, failure: failureOf(error) };
  }
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
