'use client';

import { useActionState } from 'react';
import type { RedriveState } from '@/app/admin/actions/dead-letters';
import type { DeadLetterService } from '@/lib/admin/types';
import { AdminFailure, DoneMessage } from './admin-failure';

interface RedriveButtonProps {
  action: (previous: RedriveState, form: FormData) => Promise<RedriveState>;
  service: DeadLetterService;
  queue: string;
  messageId?: string;
  /** What the button says to assistive technology: which queue or message goes back. */
  label: string;
  text: string;
}

export function RedriveButton({ action, service, queue, messageId, label, text }: RedriveButtonProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="service" value={service} />
      <input type="hidden" name="queue" value={queue} />
      {messageId ? <input type="hidden" name="messageId" value={messageId} /> : null}
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded border border-slate-500 px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:text-slate-400"
      >
        {pending ? 'Sending…' : text}
      </button>
      {state.failure ? <AdminFailure failure={state.failure} title="Nothing was redriven" /> : null}
      {state.done ? <DoneMessage text={state.done} /> : null}
    </form>
  );
}
