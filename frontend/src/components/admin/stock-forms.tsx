'use client';

import type { AdjustmentFormState, ReceiptFormState, ThresholdFormState } from '@/app/admin/actions/inventory';
import { failedChecks } from '@/lib/admin/form-data';
import {
  adjustmentValues,
  MAX_REASON_LENGTH,
  receiptValues,
  thresholdValues,
  validateAdjustment,
  validateReceipt,
  validateThreshold,
} from '@/lib/admin/stock-forms';
import { ConsoleForm } from './console-form';
import { InputField, TextAreaField } from '../field';
import { useCheckedAction } from './use-checked-action';

type StockAction<S> = (previous: S, form: FormData) => Promise<S>;

function stockHeading(id: string, title: string, sku: string) {
  return {
    id,
    text: (
      <>
        {title} <span className="sr-only">for {sku}</span>
      </>
    ),
  };
}

/** Goods arrived: how many, and a note such as the delivery note's number. */
export function ReceiveStockForm({ sku, action }: { sku: string; action: StockAction<ReceiptFormState> }) {
  const form = useCheckedAction(
    action,
    { quantity: '', note: '' },
    (data) => failedChecks(validateReceipt(receiptValues(data))),
    ['quantity', 'note'],
  );
  const { state, errors } = form;
  return (
    <ConsoleForm
      form={form}
      heading={stockHeading('receive-heading', 'Receive stock', sku)}
      failureTitle="The receipt was not booked"
      submit={{ label: 'Receive', pending: 'Booking…' }}
    >
      <InputField
        id="receive-quantity"
        name="quantity"
        label="Units received"
        inputMode="numeric"
        defaultValue={state.values.quantity}
        error={errors.quantity}
        required
      />
      <InputField
        id="receive-note"
        name="note"
        label="Note (optional)"
        hint="A delivery note number, a supplier."
        defaultValue={state.values.note}
        error={errors.note}
      />
    </ConsoleForm>
  );
}

/** A correction after a count, damage or loss: a signed change and the reason the history keeps. */
export function AdjustStockForm({ sku, action }: { sku: string; action: StockAction<AdjustmentFormState> }) {
  const form = useCheckedAction(
    action,
    { delta: '', reason: '' },
    (data) => failedChecks(validateAdjustment(adjustmentValues(data))),
    ['delta', 'reason'],
  );
  const { state, errors } = form;
  return (
    <ConsoleForm
      form={form}
      heading={stockHeading('adjust-heading', 'Adjust stock', sku)}
      failureTitle="The adjustment was not booked"
      submit={{ label: 'Adjust', pending: 'Booking…' }}
    >
      <InputField
        id="adjust-delta"
        name="delta"
        label="Change in units"
        hint="Positive adds units, negative removes them (5 or -3)."
        inputMode="text"
        defaultValue={state.values.delta}
        error={errors.delta}
        required
      />
      <TextAreaField
        id="adjust-reason"
        name="reason"
        label="Reason"
        hint={`Kept in the movement history; at most ${MAX_REASON_LENGTH} characters.`}
        rows={2}
        defaultValue={state.values.reason}
        error={errors.reason}
        required
      />
    </ConsoleForm>
  );
}

interface ThresholdFormProps {
  sku: string;
  current: number;
  action: StockAction<ThresholdFormState>;
}

/** The level at or below which the SKU shows as low on stock (and in the low-stock view). */
export function ThresholdForm({ sku, current, action }: ThresholdFormProps) {
  const form = useCheckedAction(
    action,
    { lowStockThreshold: String(current) },
    (data) => failedChecks(validateThreshold(thresholdValues(data))),
    ['lowStockThreshold'],
  );
  const { state, errors } = form;
  return (
    <ConsoleForm
      form={form}
      heading={stockHeading('threshold-heading', 'Low-stock level', sku)}
      failureTitle="The level was not changed"
      submit={{ label: 'Set level', pending: 'Saving…' }}
    >
      <InputField
        id="threshold-value"
        name="lowStockThreshold"
        label="Low at or below"
        hint="Units available; 0 means only an empty shelf counts."
        inputMode="numeric"
        defaultValue={state.values.lowStockThreshold}
        error={errors.lowStockThreshold}
        required
      />
    </ConsoleForm>
  );
}
