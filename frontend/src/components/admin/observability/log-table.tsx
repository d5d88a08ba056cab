import Link from 'next/link';
import { formatClock } from '@/lib/admin/observability/format';
import { traceHref } from '@/lib/admin/observability/links';
import type { LogView } from '@/lib/admin/observability/types';
import { AttributeTable } from './attribute-table';
import { LevelBadge } from './badges';

const CELL = 'px-2 py-1.5';

/** Log lines, newest first; a line written under a trace links to it (O-CORR-01). */
export function LogTable({ logs }: { logs: readonly LogView[] }) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Log lines, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            {['Time (UTC)', 'Level', 'Service', 'Message', 'Trace'].map((label) => (
              <th key={label} scope="col" className={`${CELL} font-medium`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {logs.map((log, index) => (
            <tr key={`${log.time}-${index}`} className="border-b border-slate-100 align-top last:border-0">
              <td className={`${CELL} font-mono text-xs whitespace-nowrap`}>
                <time dateTime={log.time}>
                  {log.time.slice(0, 10)} {formatClock(log.time)}
                </time>
              </td>
              <td className={CELL}>
                <LevelBadge level={log.level} />
              </td>
              <td className={`${CELL} whitespace-nowrap`}>{log.service}</td>
              <td className={`${CELL} font-mono text-xs break-all`}>
                {Object.keys(log.attributes).length === 0 ? (
                  log.body
                ) : (
                  <details>
                    <summary className="cursor-pointer">{log.body}</summary>
                    <AttributeTable label="Attributes of the log line" attributes={log.attributes} />
                  </details>
                )}
              </td>
              <td className={`${CELL} font-mono text-xs whitespace-nowrap`}>
                {log.traceId ? (
                  <Link href={traceHref(log.traceId)} className="text-indigo-800 underline">
                    {log.traceId.slice(0, 8)}…<span className="sr-only"> trace {log.traceId}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
