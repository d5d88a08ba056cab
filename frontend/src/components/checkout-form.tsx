'use client';

import { useActionState, useRef, useState } from 'react';
import type { CheckoutState } from '@/app/actions/checkout';
import {
  CHECKOUT_LABELS,
  COUNTRIES,
  validateCheckout,
  type CheckoutErrors,
  type CheckoutField,
  type CheckoutFields,
} from '@/lib/checkout-validation';
import { FailureView } from './failure-view';

interface CheckoutFormProps {
  /** One key per checkout attempt, made by the server when the page was rendered. */
  idempotencyKey: string;
  /** A guest gives an email; a signed-in customer's comes from their account. */
  emailRequired: boolean;
  initial: CheckoutState;
  action: (previous: CheckoutState, form: FormData) => Promise<CheckoutState>;
}

const AUTOCOMPLETE: Record<CheckoutField, string> = {
  email: 'email',
  fullName: 'name',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  postalCode: 'postal-code',
  country: 'country',
  phone: 'tel',
};

function fieldsOf(form: HTMLFormElement): CheckoutFields {
  const data = new FormData(form);
  const read = (name: CheckoutField) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    email: read('email'),
    fullName: read('fullName'),
    line1: read('line1'),
    line2: read('line2'),
    city: read('city'),
    postalCode: read('postalCode'),
    country: read('country'),
    phone: read('phone'),
  };
}

export function CheckoutForm({ idempotencyKey, emailRequired, initial, action }: CheckoutFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [clientErrors, setClientErrors] = useState<CheckoutErrors | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.errors;
  const fieldNames = (Object.keys(CHECKOUT_LABELS) as CheckoutField[]).filter(
    (name) => emailRequired || name !== 'email',
  );
  const problems = fieldNames.filter((name) => errors[name]);

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const found = validateCheckout(fieldsOf(event.currentTarget), emailRequired);
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
      requestAnimationFrame(() => summary.current?.focus());
    } else {
      setClientErrors(null);
    }
  }

  function input(name: Exclude<CheckoutField, 'country'>, type = 'text') {
    const id = `checkout-${name}`;
    const error = errors[name];
    return (
      <div key={name} className="flex flex-col">
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {CHECKOUT_LABELS[name]}
        </label>
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={AUTOCOMPLETE[name]}
          defaultValue={state.fields[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`mt-1 rounded border px-3 py-2 ${error ? 'border-red-700' : 'border-slate-400'}`}
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  const countryError = errors.country;
  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-4" aria-busy={pending}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {problems.length > 0 ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
        >
          <h2 className="font-semibold">Check {problems.length === 1 ? 'this field' : 'these fields'}</h2>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {problems.map((name) => (
              <li key={name}>
                <a href={`#checkout-${name}`} className="underline">
                  {CHECKOUT_LABELS[name]}: {errors[name]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.failure && problems.length === 0 && !clientErrors ? (
        <FailureView failure={state.failure} title="The order was not placed" />
      ) : null}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Shipping address</legend>
        {emailRequired ? input('email', 'email') : null}
        {input('fullName')}
        {input('line1')}
        {input('line2')}
        <div className="grid gap-4 sm:grid-cols-2">
          {input('city')}
          {input('postalCode')}
        </div>
        <div className="flex flex-col">
          <label htmlFor="checkout-country" className="text-sm font-medium text-slate-900">
            {CHECKOUT_LABELS.country}
          </label>
          <select
            id="checkout-country"
            name="country"
            autoComplete="country"
            defaultValue={state.fields.country}
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? 'checkout-country-error' : undefined}
            className={`mt-1 rounded border px-3 py-2 ${countryError ? 'border-red-700' : 'border-slate-400'}`}
          >
            <option value="">Choose…</option>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          {countryError ? (
            <p id="checkout-country-error" className="mt-1 text-sm text-red-800">
              {countryError}
            </p>
          ) : null}
        </div>
        {input('phone', 'tel')}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-indigo-700 px-5 py-3 font-semibold text-white hover:bg-indigo-800 disabled:bg-slate-400 sm:w-auto"
      >
        {pending ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  );
}
