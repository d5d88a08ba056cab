'use client';

import { useActionState } from 'react';
import type { OperatorSignInState } from '@/app/admin/actions/auth';
import { RETURN_TO_PARAM } from '@/lib/return-to';
import { AdminFailure } from './admin-failure';
import { InputField } from '../field';

interface OperatorSignInFormProps {
  action: (previous: OperatorSignInState, form: FormData) => Promise<OperatorSignInState>;
  /** The console page to go to once signed in. */
  next: string;
}

const INITIAL: OperatorSignInState = { values: { email: '' }, errors: {} };

export function OperatorSignInForm({ action, next }: OperatorSignInFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-busy={pending}>
      <input type="hidden" name={RETURN_TO_PARAM} value={next} />
      {state.failure ? <AdminFailure failure={state.failure} title="Could not sign in" /> : null}
      <InputField
        id="operator-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.values.email}
        error={state.errors.email}
        required
      />
      <InputField
        id="operator-password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state.errors.password}
        required
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-slate-900 px-5 py-2 font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
