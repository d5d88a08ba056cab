'use server';

import { revalidatePath } from 'next/cache';
import { submitChecked } from '@/lib/admin/form-action';
import type { FormState } from '@/lib/admin/form-state';
import { asOperator } from '@/lib/admin/session';
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

export type ReceiptFormState = FormState<ReceiptValues, keyof ReceiptValues>;
export type AdjustmentFormState = FormState<AdjustmentValues, keyof AdjustmentValues>;
export type ThresholdFormState = FormState<ThresholdValues, keyof ThresholdValues>;

function stockPath(sku: string): string {
  return `/api/inventory/admin/stock/${encodeURIComponent(sku)}`;
}

function stockPagePath(sku: string): string {
  return `/admin/inventory/${encodeURIComponent(sku)}`;
}

export async function receiveStock(
  sku: string,
  _previous: ReceiptFormState,
  form: FormData,
): Promise<ReceiptFormState> {
  const sent = await submitChecked(receiptValues(form), validateReceipt, (body, operator) =>
    asOperator<StockItem>(operator, `${stockPath(sku)}/receipts`, { method: 'POST', body }),
  );
  if (!sent.ok) return sent.state;
  revalidatePath(stockPagePath(sku));
  return {
    values: { quantity: '', note: '' },
    errors: {},
    done: `Received ${sent.body.quantity}: ${sent.value.onHand} on hand, ${sent.value.available} available.`,
  };
}

export async function adjustStock(
  sku: string,
  _previous: AdjustmentFormState,
  form: FormData,
): Promise<AdjustmentFormState> {
  const sent = await submitChecked(
    adjustmentValues(form),
    validateAdjustment,
    (body, operator) => asOperator<StockItem>(operator, `${stockPath(sku)}/adjustments`, { method: 'POST', body }),
    (error) =>
      error instanceof ApiError && error.code === 'INSUFFICIENT_STOCK'
        ? { delta: 'That would leave fewer units on hand than are reserved for orders' }
        : null,
  );
  if (!sent.ok) return sent.state;
  revalidatePath(stockPagePath(sku));
  return {
    values: { delta: '', reason: '' },
    errors: {},
    done: `Adjusted by ${sent.body.delta}: ${sent.value.onHand} on hand, ${sent.value.available} available.`,
  };
}

export async function setLowStockThreshold(
  sku: string,
  _previous: ThresholdFormState,
  form: FormData,
): Promise<ThresholdFormState> {
  const values = thresholdValues(form);
  const sent = await submitChecked(values, validateThreshold, (body, operator) =>
    asOperator<StockItem>(operator, `${stockPath(sku)}/threshold`, { method: 'PUT', body }),
  );
  if (!sent.ok) return sent.state;
  revalidatePath(stockPagePath(sku));
  return { values, errors: {}, done: `Low at ${sent.value.lowStockThreshold}: the SKU is ${sent.value.status} now.` };
}
