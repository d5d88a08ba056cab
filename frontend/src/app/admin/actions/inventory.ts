'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/admin/form-state';
import { adminForAction, asOperator, isRefusal } from '@/lib/admin/session';
import {
  adjustmentValues,
  receiptValues,
  thresholdValues,
  validateAdjustment,
  validateReceipt,
  validateThreshold,
  type AdjustmentValues,
  type ReceiptValues,
  type ThresholdValues,
} from '@/lib/admin/stock-forms';
import type { StockItem } from '@/lib/admin/types';
import { ApiError } from '@/lib/api-error';
import { failureOf } from '@/lib/results';

export type ReceiptFormState = FormState<ReceiptValues, keyof ReceiptValues>;
export type AdjustmentFormState = FormState<AdjustmentValues, keyof AdjustmentValues>;
export type ThresholdFormState = FormState<ThresholdValues, keyof ThresholdValues>;

function stockPath(sku: string): string {
  return `/api/inventory/admin/stock/${encodeURIComponent(sku)}`;
}

export async function receiveStock(
  sku: string,
  _previous: ReceiptFormState,
  form: FormData,
): Promise<ReceiptFormState> {
  const values = receiptValues(form);
  const operator = await adminForAction();
  if (isRefusal(operator)) return { values, errors: {}, failure: operator };
  const checked = validateReceipt(values);
  if (!checked.ok) return { values, errors: checked.errors };
  try {
    const item = await asOperator<StockItem>(operator, `${stockPath(sku)}/receipts`, {
      method: 'POST',
      body: checked.body,
    });
    revalidatePath(`/admin/inventory/${encodeURIComponent(sku)}`);
    return {
      values: { quantity: '', note: '' },
      errors: {},
      done: `Received ${checked.body.quantity}: ${item.onHand} on hand, ${item.available} available.`,
    };
  } catch (error) {
    return { values, errors: {}, failure: failureOf(error) };
  }
}

export async function adjustStock(
  sku: string,
  _previous: AdjustmentFormState,
  form: FormData,
): Promise<AdjustmentFormState> {
  const values = adjustmentValues(form);
  const operator = await adminForAction();
  if (isRefusal(operator)) return { values, errors: {}, failure: operator };
  const checked = validateAdjustment(values);
  if (!checked.ok) return { values, errors: checked.errors };
  try {
    const item = await asOperator<StockItem>(operator, `${stockPath(sku)}/adjustments`, {
      method: 'POST',
      body: checked.body,
    });
    revalidatePath(`/admin/inventory/${encodeURIComponent(sku)}`);
    return {
      values: { delta: '', reason: '' },
      errors: {},
      done: `Adjusted by ${checked.body.delta}: ${item.onHand} on hand, ${item.available} available.`,
    };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK') {
      return { values, errors: { delta: 'That would leave fewer units on hand than are reserved for orders' } };
    }
    return { values, errors: {}, failure: failureOf(error) };
  }
}

export async function setLowStockThreshold(
  sku: string,
  _previous: ThresholdFormState,
  form: FormData,
): Promise<ThresholdFormState> {
  const values = thresholdValues(form);
  const operator = await adminForAction();
  if (isRefusal(operator)) return { values, errors: {}, failure: operator };
  const checked = validateThreshold(values);
  if (!checked.ok) return { values, errors: checked.errors };
  try {
    const item = await asOperator<StockItem>(operator, `${stockPath(sku)}/threshold`, {
      method: 'PUT',
      body: checked.body,
    });
    revalidatePath(`/admin/inventory/${encodeURIComponent(sku)}`);
    return { values, errors: {}, done: `Low at ${item.lowStockThreshold}: the SKU is ${item.status} now.` };
  } catch (error) {
    return { values, errors: {}, failure: failureOf(error) };
  }
}
