'use client';

import { useActionState } from 'react';
import type { DeleteAlarmState } from '@/app/admin/(console)/observability/alarms/actions';
import { AdminFailure } from '../admin-failure';

interface DeleteAlarmButtonProps {
  action: (previous: DeleteAlarmState, form: FormData) => Promise<DeleteAlarmState>;
  name: string;
}

export function DeleteAlarmButton({ action, name }: DeleteAlarmButtonProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="name" value={name} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Delete alarm ${name}`}
        className="rounded border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:text-slate-400"
      >
        {pending ? 'Deleting…' : 'Delete alarm'}
      </button>
      {state.failure ? <AdminFailure failure={state.failure} title="The alarm was not deleted" /> : null}
    </form>
  );
}
