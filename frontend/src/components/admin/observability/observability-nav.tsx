'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { OBSERVABILITY_PAGES } from '@/lib/admin/observability/pages';

/** The observability pages; the current one is marked for assistive technology too. */
export function ObservabilityNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Observability">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {OBSERVABILITY_PAGES.map((page) => {
          const current =
            page.href === '/admin/observability'
              ? pathname === page.href
              : pathname === page.href || pathname.startsWith(`${page.href}/`);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded px-2.5 py-1 text-sm ${current ? 'bg-indigo-100 font-semibold text-indigo-950' : 'text-slate-800 hover:bg-slate-100'}`}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
