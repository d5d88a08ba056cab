const TONES: Record<string, string> = {
  active: 'bg-green-100 text-green-900',
  draft: 'bg-slate-200 text-slate-900',
  archived: 'bg-amber-100 text-amber-950',
  'in-stock': 'bg-green-100 text-green-900',
  low: 'bg-amber-100 text-amber-950',
  'out-of-stock': 'bg-red-100 text-red-900',
  unknown: 'bg-slate-200 text-slate-900',
  PENDING: 'bg-slate-200 text-slate-900',
  CONFIRMED: 'bg-green-100 text-green-900',
  REJECTED: 'bg-red-100 text-red-900',
  CANCELLED: 'bg-amber-100 text-amber-950',
};

/** A status word on a tint; the word carries the meaning, the colour only helps. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status] ?? TONES['unknown']}`}>
      {status}
    </span>
  );
}
