import Link from 'next/link';
import { lastPage, pageLinks } from '@/lib/pagination';

interface PaginationProps {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}

const LINK = 'rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100';

export function Pagination({ page, total, pageSize, hrefFor }: PaginationProps) {
  const last = lastPage(total, pageSize);
  if (last <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} className={LINK} rel="prev">
              Previous
            </Link>
          </li>
        ) : null}
        {pageLinks(page, total, pageSize).map((link, index) =>
          link === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={link}>
              {link === page ? (
                <span
                  aria-current="page"
                  className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white"
                >
                  <span className="sr-only">Page </span>
                  {link}
                </span>
              ) : (
                <Link href={hrefFor(link)} className={LINK}>
                  <span className="sr-only">Page </span>
                  {link}
                </Link>
              )}
            </li>
          ),
        )}
        {page < last ? (
          <li>
            <Link href={hrefFor(page + 1)} className={LINK} rel="next">
              Next
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
