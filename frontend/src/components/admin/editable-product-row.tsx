'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ProductRowState } from '@/app/admin/actions/products';
import type { FieldErrors } from '@/lib/admin/form-data';
import {
  PRODUCT_ROW_FIELDS,
  productRowValues,
  validateProductRow,
  type ProductRowField,
} from '@/lib/admin/product-form';
import { formatMoney } from '@/lib/money';
import type { Money } from '@/lib/types';
import { AdminFailure } from './admin-failure';
import { focusFirstError } from '../field';

const CELL = 'px-2 py-2';
const INPUT = 'w-full min-w-24 rounded border px-2 py-1 text-sm';
const BUTTON = 'rounded px-3 py-1 text-sm font-semibold disabled:bg-slate-400';

interface EditableProductRowProps {
  product: { id: string; name: string; price: Money };
  action: (previous: ProductRowState, form: FormData) => Promise<ProductRowState>;
  /** The cells before the name (the bulk checkbox, the SKU). */
  leading: ReactNode;
  /** The cells after the price (status, stock, creation date). */
  trailing: ReactNode;
}

function RowError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="mt-1 text-xs text-red-800">
      {error}
    </p>
  ) : null;
}

/**
 * A products table row whose name and price an admin edits in place: Edit turns them into inputs, Enter
 * (or Save) sends them, Escape (or Cancel) puts the row back. The row then shows what the catalog saved.
 * The inputs sit in the row's cells and belong to the form in the last cell through their `form` attribute.
 */
export function EditableProductRow({ product, action, leading, trailing }: EditableProductRowProps) {
  const initial: ProductRowState = {
    values: { name: product.name, amount: product.price.amount, currency: product.price.currency },
    errors: {},
  };
  const [state, formAction, pending] = useActionState(action, initial);
  const [editing, setEditing] = useState(false);
  // The answer the current edit started from: errors and values of older answers are not shown again.
  const [openedWith, setOpenedWith] = useState(state);
  const [clientErrors, setClientErrors] = useState<FieldErrors<ProductRowField> | null>(null);
  const [answered, setAnswered] = useState(state);
  const editButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [focus, setFocus] = useState<'name' | 'edit' | null>(null);

  if (state !== answered) {
    setAnswered(state);
    if (state.saved) {
      setEditing(false);
      setFocus('edit');
    }
  }

  useEffect(() => {
    if (focus === 'name') {
      nameInput.current?.focus();
      nameInput.current?.select();
    }
    if (focus === 'edit') editButton.current?.focus();
  }, [focus, editing]);

  const shown = state.saved ?? { name: product.name, price: product.price };
  const fresh = state !== openedWith;
  const values =
    fresh && !state.saved
      ? state.values
      : { name: shown.name, amount: shown.price.amount, currency: shown.price.currency };
  const errors = clientErrors ?? (fresh ? state.errors : {});
  const formId = `product-row-${product.id}`;
  const nameId = `${formId}-name`;
  const amountId = `${formId}-amount`;

  function open() {
    setOpenedWith(state);
    setClientErrors(null);
    setEditing(true);
    setFocus('name');
  }

  function close() {
    setClientErrors(null);
    setEditing(false);
    setFocus('edit');
  }

  function check(event: FormEvent<HTMLFormElement>) {
    const checked = validateProductRow(productRowValues(new FormData(event.currentTarget)));
    setClientErrors(checked.ok ? null : checked.errors);
    if (checked.ok) return;
    event.preventDefault();
    focusFirstError(event.currentTarget, PRODUCT_ROW_FIELDS, checked.errors);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      // The input's form is the one in the last cell (its `form` attribute).
      event.currentTarget.form?.requestSubmit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  const inputProps = (id: string, error: string | undefined) => ({
    id,
    form: formId,
    onKeyDown,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    className: `${INPUT} ${error ? 'border-red-700' : 'border-slate-400'}`,
  });

  return (
    <tr className="border-b border-slate-100 align-top last:border-0">
      {leading}
      <td className={CELL}>
        {editing ? (
          <>
            <input
              ref={nameInput}
              name="name"
              type="text"
              defaultValue={values.name}
              aria-label={`Name of ${shown.name}`}
              {...inputProps(nameId, errors.name)}
            />
            <RowError id={`${nameId}-error`} error={errors.name} />
          </>
        ) : (
          <Link href={`/admin/products/${product.id}/edit`} className="font-medium text-indigo-800 underline">
            {shown.name}
          </Link>
        )}
      </td>
      <td className={CELL}>
        {editing ? (
          <>
            <input
              name="amount"
              type="text"
              inputMode="decimal"
              defaultValue={values.amount}
              aria-label={`Price of ${shown.name} in ${values.currency}`}
              {...inputProps(amountId, errors.amount ?? errors.currency)}
            />
            <RowError id={`${amountId}-error`} error={errors.amount ?? errors.currency} />
          </>
        ) : (
          formatMoney(shown.price)
        )}
      </td>
      {trailing}
      <td className={`${CELL} whitespace-nowrap`}>
        {editing ? (
          <form
            id={formId}
            action={formAction}
            onSubmit={check}
            noValidate
            aria-label={`Edit ${shown.name}`}
            aria-busy={pending}
            className="flex gap-2"
          >
            <input type="hidden" name="currency" value={values.currency} />
            <button type="submit" disabled={pending} className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700`}>
              {pending ? 'Saving…' : 'Save'}
            </button>
            <button
              type="button"
              onClick={close}
              disabled={pending}
              className={`${BUTTON} border border-slate-400 text-slate-900 hover:bg-slate-100`}
            >
              Cancel
            </button>
          </form>
        ) : (
          <button
            ref={editButton}
            type="button"
            onClick={open}
            className={`${BUTTON} border border-slate-400 text-slate-900 hover:bg-slate-100`}
          >
            Edit<span className="sr-only"> name and price of {shown.name}</span>
          </button>
        )}
        {fresh && state.failure ? <AdminFailure failure={state.failure} title="The product was not saved" /> : null}
        <p role="status" className="text-xs font-medium text-green-800">
          {fresh ? state.done : ''}
        </p>
      </td>
    </tr>
  );
}
