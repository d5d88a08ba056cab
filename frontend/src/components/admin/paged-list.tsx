import type { ReactNode } from 'react';
import { EmptyState } from '@/components/failure-view';
import { Pagination } from '@/components/pagination';
import type { Result } from '@/lib/results';
import type { Page } from '@/lib/types';
import { AdminFailure } from './admin-failure';

interface PagedListProps<T> {
  result: Result<Page<T>>;
  failureTitle: string;
  empty: { title: string; text?: string };
  hrefFor: (page: number) => string;
  /** The page's items, shown when there are some, above the pagination. */
  children: (page: Page<T>) => ReactNode;
}

/** A page of a console list: the failure with its trace id, an empty state, or the items and the pagination. */
export function PagedList<T>({ result, failureTitle, empty, hrefFor, children }: PagedListProps<T>) {
  if (!result.ok) return <AdminFailure failure={result.failure} title={failureTitle} />;
  const page = result.value;
  if (page.items.length === 0) return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  return (
    <>
      {children(page)}
      <Pagination page={page.page} total={page.total} pageSize={page.pageSize} hrefFor={hrefFor} />
    </>
  );
}

interface AdminTableProps {
  caption: ReactNode;
  /** The header cells. */
  columns: ReactNode;
  children: ReactNode;
}

export function AdminTable({ caption, columns, children }: AdminTableProps) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>{columns}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Header cells that are plain labels. */
export function ColumnHeaders({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className="px-2 py-2 font-medium">
      {label}
    </th>
  ));
}
