/** The console's loading state: the shape of a table while its data comes. */
export function AdminLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading…</span>
      <div className="h-7 w-1/4 rounded bg-slate-200" />
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="h-9 rounded bg-slate-200" />
      ))}
    </div>
  );
}
