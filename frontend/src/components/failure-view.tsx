import type { Failure } from '@/lib/types';

/** A failed request explained, with the trace id a developer needs to find it. */
export function FailureView({ failure, title = 'Something went wrong' }: { failure: Failure; title?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 text-sm">{failure.message}</p>
      {failure.traceId ? (
        <p className="mt-2 text-xs">
          Trace id: <code className="rounded bg-white px-1 py-0.5 font-mono">{failure.traceId}</code>
        </p>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children ? <div className="mt-2 text-sm text-slate-700">{children}</div> : null}
    </div>
  );
}
