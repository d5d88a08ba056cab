'use client';

import { useActionState, useState, type FormEvent } from 'react';
import type { AdjustmentFormState, ReceiptFormState, ThresholdFormState } from '@/app/admin/actions/inventory';
import type { FieldErrors } from '@/lib/admin/form-data';
import {
  adjustmentValues,
  MAX_REASON_LENGTH,
  receiptValues,
  thresholdValues,
  validateAdjustment,
  validateReceipt,
  validateThreshold,
  type AdjustmentValues,
  type ReceiptValues,
  type ThresholdValues,
} from '@/lib/admin/stock-forms';
import { AdminFailure, DoneMessage } from './admin-failure';
import { controlClass, describedBy, Field, focusFirstError, InputField } from './field';

const BUTTON =
  'rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400';

interface ReceiveStockFormProps {
  sku: string;
  action: (previous: ReceiptFormState, form: FormData) => Promise<ReceiptFormState>;
}

/** Goods arrived: how many, and a note such as the delivery note's number. */
export function ReceiveStockForm({ sku, action }: ReceiveStockFormProps) {
  const [state, formAction, pending] = useActionState(action, { values: { quantity: '', note: '' }, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors<keyof ReceiptValues> | null>(null);
  const errors = clientErrors ?? state.errors;

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = validateReceipt(receiptValues(new FormData(event.currentTarget)));
    if (checked.ok) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(checked.errors);
    focusFirstError(event.currentTarget, ['quantity', 'note'], checked.errors);
  }

  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-labelledby="receive-heading"
      aria-busy={pending}
      className="space-y-3"
    >
      <h2 id="receive-heading" className="text-lg font-semibold">
        Receive stock <span className="sr-only">for {sku}</span>
      </h2>
      {state.failure ? <AdminFailure failure={state.failure} title="The receipt was not booked" /> : null}
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
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? 'Booking…' : 'Receive'}
      </button>
    </form>
  );
}

interface AdjustStockFormProps {
  sku: string;
  action: (previous: AdjustmentFormState, form: FormData) => Promise<AdjustmentFormState>;
}

/** A correction after a count, damage or loss: a signed change and the reason the history keeps. */
export function AdjustStockForm({ sku, action }: AdjustStockFormProps) {
  const [state, formAction, pending] = useActionState(action, { values: { delta: '', reason: '' }, errors: {} });
  const [clientErrors, setClientErrors] = useState<FieldErrors<keyof AdjustmentValues> | null>(null);
  const errors = clientErrors ?? state.errors;

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = validateAdjustment(adjustmentValues(new FormData(event.currentTarget)));
    if (checked.ok) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(checked.errors);
    focusFirstError(event.currentTarget, ['delta', 'reason'], checked.errors);
  }

  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-labelledby="adjust-heading"
      aria-busy={pending}
      className="space-y-3"
    >
      <h2 id="adjust-heading" className="text-lg font-semibold">
        Adjust stock <span className="sr-only">for {sku}</span>
      </h2>
      {state.failure ? <AdminFailure failure={state.failure} title="The adjustment was not booked" /> : null}
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
      <Field
        id="adjust-reason"
        label="Reason"
        hint={`Kept in the movement history; at most ${MAX_REASON_LENGTH} characters.`}
        error={errors.reason}
      >
        <textarea
          id="adjust-reason"
          name="reason"
          rows={2}
          defaultValue={state.values.reason}
          aria-required
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy('adjust-reason', true, errors.reason)}
          className={controlClass(errors.reason)}
        />
      </Field>
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? 'Booking…' : 'Adjust'}
      </button>
    </form>
  );
}

interface ThresholdFormProps {
  sku: string;
  current: number;
  action: (previous: ThresholdFormState, form: FormData) => Promise<ThresholdFormState>;
}

/** The level at or below which the SKU shows as low on stock (and in the low-stock view). */
export function ThresholdForm({ sku, current, action }: ThresholdFormProps) {
  const [state, formAction, pending] = useActionState(action, {
    values: { lowStockThreshold: String(current) },
    errors: {},
  });
  const [clientErrors, setClientErrors] = useState<FieldErrors<keyof ThresholdValues> | null>(null);
  const errors = clientErrors ?? state.errors;

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = validateThreshold(thresholdValues(new FormData(event.currentTarget)));
    if (checked.ok) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(checked.errors);
    focusFirstError(event.currentTarget, ['lowStockThreshold'], checked.errors);
  }

  return (
    <form
      action={formAction}
      onSubmit={check}
      noValidate
      aria-labelledby="threshold-heading"
      aria-busy={pending}
      className="space-y-3"
    >
      <h2 id="threshold-heading" className="text-lg font-semibold">
        Low-stock level <span className="sr-only">for {sku}</span>
      </h2>
      {state.failure ? <AdminFailure failure={state.failure} title="The level was not changed" /> : null}
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
      <DoneMessage text={state.done} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? 'Saving…' : 'Set level'}
      </button>
    </form>
  );
}
