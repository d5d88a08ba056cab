import Link from 'next/link';
import type { ReactNode } from 'react';

/** A GET form of list filters: works without JavaScript, and the URL keeps the view. */
export function FilterBar({
  action,
  label,
  clearHref,
  children,
}: {
  action: string;
  label: string;
  clearHref: string;
  children: ReactNode;
}) {
  return (
    <form action={action} role="search" aria-label={label} className="flex flex-wrap items-end gap-3">
      {children}
      <button type="submit" className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white">
        Apply
      </button>
      <Link href={clearHref} className="py-2 text-sm text-indigo-800 underline">
        Clear
      </Link>
    </form>
  );
}

export const FILTER_CONTROL = 'mt-1 rounded border border-slate-400 px-3 py-2 text-sm';
