'use client';

import { useActionState } from 'react';
import type { BulkStatusState } from '@/app/admin/actions/products';
import { PRODUCT_STATUSES } from '@/lib/admin/types';
import { AdminFailure, DoneMessage } from './admin-failure';

export const BULK_FORM_ID = 'bulk-status';

interface BulkStatusFormProps {
  action: (previous: BulkStatusState, form: FormData) => Promise<BulkStatusState>;
}

/**
 * The bulk status change. The table's checkboxes belong to this form through their `form` attribute,
 * so the table stays a server component.
 */
export function BulkStatusForm({ action }: BulkStatusFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-2">
      <form
        id={BULK_FORM_ID}
        action={formAction}
        aria-label="Change the status of the ticked products"
        aria-busy={pending}
        className="flex flex-wrap items-end gap-2"
      >
        <div className="flex flex-col">
          <label htmlFor="bulk-status-value" className="text-sm font-medium">
            Set ticked products to
          </label>
          <select
            id="bulk-status-value"
            name="status"
            aria-describedby={state.error ? 'bulk-status-error' : undefined}
            className="mt-1 rounded border border-slate-400 px-3 py-2 text-sm"
          >
            {PRODUCT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:bg-slate-400"
        >
          {pending ? 'Changing…' : 'Change status'}
        </button>
      </form>
      {state.error ? (
        <p id="bulk-status-error" role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.failure ? <AdminFailure failure={state.failure} title="No status was changed" /> : null}
      <DoneMessage text={state.done} />
    </div>
  );
}
