'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { AccountFormState } from '@/app/actions/account';
import { RETURN_TO_PARAM, signInHref } from '@/lib/return-to';
import { FailureView } from './failure-view';
import { describedBy, Field } from './field';

interface AccountFormProps {
  mode: 'sign-in' | 'sign-up';
  next: string;
  action: (previous: AccountFormState, form: FormData) => Promise<AccountFormState>;
}

const INITIAL: AccountFormState = { email: '', name: '', errors: {} };

function AccountField({
  name,
  label,
  type,
  autoComplete,
  defaultValue,
  error,
  hint,
}: {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  defaultValue?: string;
  error: string | undefined;
  hint?: string;
}) {
  const id = `account-${name}`;
  return (
    <Field id={id} label={label} error={error} {...(hint ? { hint } : {})}>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error)}
        className={`mt-1 rounded border px-3 py-2 ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
    </Field>
  );
}

export function AccountForm({ mode, next, action }: AccountFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const signUp = mode === 'sign-up';
  return (
    <form action={formAction} noValidate className="space-y-4" aria-busy={pending}>
      <input type="hidden" name={RETURN_TO_PARAM} value={next} />
      {state.failure ? (
        <FailureView failure={state.failure} title={signUp ? 'Could not create the account' : 'Could not sign in'} />
      ) : null}
      {signUp ? (
        <AccountField
          name="name"
          label="Name"
          type="text"
          autoComplete="name"
          defaultValue={state.name}
          error={state.errors.name}
        />
      ) : null}
      <AccountField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        error={state.errors.email}
      />
      <AccountField
        name="password"
        label="Password"
        type="password"
        autoComplete={signUp ? 'new-password' : 'current-password'}
        error={state.errors.password}
        {...(signUp ? { hint: 'At least 12 characters.' } : {})}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-indigo-700 px-5 py-2 font-semibold text-white hover:bg-indigo-800 disabled:bg-slate-400"
      >
        {pending ? 'Please wait…' : signUp ? 'Create account' : 'Sign in'}
      </button>
      <p className="text-sm text-slate-700">
        {signUp ? 'Already have an account? ' : 'New here? '}
        <Link href={signInHref(signUp ? '/signin' : '/signup', next)} className="font-medium text-indigo-800 underline">
          {signUp ? 'Sign in' : 'Create an account'}
        </Link>
      </p>
    </form>
  );
}
