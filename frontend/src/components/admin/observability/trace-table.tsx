import Link from 'next/link';
import { formatMs, formatTime } from '@/lib/admin/observability/format';
import { traceHref } from '@/lib/admin/observability/links';
import type { TraceSummary } from '@/lib/admin/observability/types';

const CELL = 'px-2 py-2';

/** Trace search results, newest first: each row leads to the trace's waterfall. */
export function TraceTable({ traces }: { traces: readonly TraceSummary[] }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Traces found, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            {['Start (UTC)', 'Root service', 'Operation', 'Duration', 'Spans', 'Services', 'Status'].map((label) => (
              <th key={label} scope="col" className={`${CELL} font-medium`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {traces.map((trace) => (
            <tr key={trace.traceId} className="border-b border-slate-100 align-top last:border-0">
              <td className={`${CELL} whitespace-nowrap`}>
                <Link href={traceHref(trace.traceId)} className="text-indigo-800 underline">
                  {formatTime(trace.startTime)}
                  <span className="sr-only"> (trace {trace.traceId})</span>
                </Link>
              </td>
              <td className={CELL}>{trace.rootService ?? <span className="text-slate-600">root not received</span>}</td>
              <td className={`${CELL} break-all`}>
                {trace.rootName ?? ''}
                {trace.rootHttpStatus !== null ? (
                  <span className="ml-1 text-slate-700">({trace.rootHttpStatus})</span>
                ) : null}
              </td>
              <td className={`${CELL} tabular-nums`}>{formatMs(trace.durationMs)}</td>
              <td className={`${CELL} tabular-nums`}>{trace.spanCount}</td>
              <td className={`${CELL} text-xs`}>{trace.services.join(', ')}</td>
              <td className={CELL}>
                {trace.errorCount > 0 ? (
                  <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
                    {trace.errorCount} {trace.errorCount === 1 ? 'error' : 'errors'}
                  </span>
                ) : (
                  <span className="text-xs text-slate-700">ok</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
