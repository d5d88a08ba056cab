import Link from 'next/link';
import { formatMs, formatTime } from '@/lib/admin/observability/format';
import { traceHref } from '@/lib/admin/observability/links';
import type { TraceSummary } from '@/lib/admin/observability/types';
import { DataTable, NUMBER, type Column } from './data-table';

const COLUMNS: readonly Column<TraceSummary>[] = [
  {
    header: 'Start (UTC)',
    className: 'whitespace-nowrap',
    cell: (trace) => (
      <Link href={traceHref(trace.traceId)} className="text-indigo-800 underline">
        {formatTime(trace.startTime)}
        <span className="sr-only"> (trace {trace.traceId})</span>
      </Link>
    ),
  },
  {
    header: 'Root service',
    cell: (trace) => trace.rootService ?? <span className="text-slate-600">root not received</span>,
  },
  {
    header: 'Operation',
    className: 'break-all',
    cell: (trace) => (
      <>
        {trace.rootName ?? ''}
        {trace.rootHttpStatus !== null ? <span className="ml-1 text-slate-700">({trace.rootHttpStatus})</span> : null}
      </>
    ),
  },
  { header: 'Duration', className: NUMBER, cell: (trace) => formatMs(trace.durationMs) },
  { header: 'Spans', className: NUMBER, cell: (trace) => trace.spanCount },
  { header: 'Services', className: 'text-xs', cell: (trace) => trace.services.join(', ') },
  {
    header: 'Status',
    cell: (trace) =>
      trace.errorCount > 0 ? (
        <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
          {trace.errorCount} {trace.errorCount === 1 ? 'error' : 'errors'}
        </span>
      ) : (
        <span className="text-xs text-slate-700">ok</span>
      ),
  },
];

/** Trace search results, newest first: each row leads to the trace's waterfall. */
export function TraceTable({ traces }: { traces: readonly TraceSummary[] }) {
  return (
    <DataTable
      caption="Traces found, newest first"
      columns={COLUMNS}
      rows={traces}
      rowKey={(trace) => trace.traceId}
      alignTop
    />
  );
}
