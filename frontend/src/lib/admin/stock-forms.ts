import { hasErrors, textField, type FieldErrors } from './form-data';

// The inventory's limits (services/inventory/src/stock/domain/stock-movement.ts).
export const MAX_RECEIPT_QUANTITY = 100_000;
export const MAX_ADJUSTMENT = 100_000;
export const MAX_REASON_LENGTH = 500;
export const MAX_LOW_STOCK_THRESHOLD = 100_000;

const WHOLE_NUMBER = /^[+-]?\d+$/;

export interface ReceiptValues {
  quantity: string;
  note: string;
}

export interface AdjustmentValues {
  delta: string;
  reason: string;
}

export interface ThresholdValues {
  lowStockThreshold: string;
}

export type StockFormValidation<B, K extends string> = { ok: true; body: B } | { ok: false; errors: FieldErrors<K> };

export function receiptValues(form: FormData): ReceiptValues {
  return { quantity: textField(form, 'quantity').trim(), note: textField(form, 'note').trim() };
}

export function adjustmentValues(form: FormData): AdjustmentValues {
  return { delta: textField(form, 'delta').trim(), reason: textField(form, 'reason').trim() };
}

export function thresholdValues(form: FormData): ThresholdValues {
  return { lowStockThreshold: textField(form, 'lowStockThreshold').trim() };
}

function wholeNumber(text: string): number | null {
  return WHOLE_NUMBER.test(text) ? Number(text) : null;
}

/** A receipt: 1 to 100000 units, an optional note. */
export function validateReceipt(
  values: ReceiptValues,
): StockFormValidation<{ quantity: number; note?: string }, keyof ReceiptValues> {
  const errors: FieldErrors<keyof ReceiptValues> = {};
  const quantity = wholeNumber(values.quantity);
  if (values.quantity === '') errors.quantity = 'Enter how many units arrived';
  else if (quantity === null) errors.quantity = 'Enter a whole number of units';
  else if (quantity < 1 || quantity > MAX_RECEIPT_QUANTITY) {
    errors.quantity = `Enter a number from 1 to ${MAX_RECEIPT_QUANTITY}`;
  }
  if (values.note.length > MAX_REASON_LENGTH) errors.note = `Use at most ${MAX_REASON_LENGTH} characters`;
  if (hasErrors(errors) || quantity === null) return { ok: false, errors };
  return { ok: true, body: { quantity, ...(values.note === '' ? {} : { note: values.note }) } };
}

/**
 * An adjustment: a non-zero whole number of units (negative removes them) and a reason, which the
 * movement history keeps. Going below the reserved units is the inventory's to refuse (409).
 */
export function validateAdjustment(
  values: AdjustmentValues,
): StockFormValidation<{ delta: number; reason: string }, keyof AdjustmentValues> {
  const errors: FieldErrors<keyof AdjustmentValues> = {};
  const delta = wholeNumber(values.delta);
  if (values.delta === '') errors.delta = 'Enter the change in units, like 5 or -3';
  else if (delta === null) errors.delta = 'Enter a whole number, negative to remove units';
  else if (delta === 0) errors.delta = 'A change of 0 changes nothing: enter another number';
  else if (Math.abs(delta) > MAX_ADJUSTMENT) errors.delta = `Change at most ${MAX_ADJUSTMENT} units at once`;
  if (values.reason === '') errors.reason = 'Say why the stock changes: the history keeps it';
  else if (values.reason.length > MAX_REASON_LENGTH) errors.reason = `Use at most ${MAX_REASON_LENGTH} characters`;
  if (hasErrors(errors) || delta === null) return { ok: false, errors };
  return { ok: true, body: { delta, reason: values.reason } };
}

/** The level at or below which a SKU counts as low on stock: 0 to 100000. */
export function validateThreshold(
  values: ThresholdValues,
): StockFormValidation<{ lowStockThreshold: number }, keyof ThresholdValues> {
  const threshold = wholeNumber(values.lowStockThreshold);
  if (values.lowStockThreshold === '') {
    return { ok: false, errors: { lowStockThreshold: 'Enter the level that counts as low' } };
  }
  if (threshold === null || threshold < 0 || threshold > MAX_LOW_STOCK_THRESHOLD) {
    return { ok: false, errors: { lowStockThreshold: `Enter a whole number from 0 to ${MAX_LOW_STOCK_THRESHOLD}` } };
  }
  return { ok: true, body: { lowStockThreshold: threshold } };
}
