import Link from 'next/link';
import { formatClock } from '@/lib/admin/observability/format';
import { traceHref } from '@/lib/admin/observability/links';
import type { LogView } from '@/lib/admin/observability/types';
import { AttributeTable } from './attribute-table';
import { LevelBadge } from './badges';
import { DataTable, type Column } from './data-table';

const COLUMNS: readonly Column<LogView>[] = [
  {
    header: 'Time (UTC)',
    className: 'font-mono text-xs whitespace-nowrap',
    cell: (log) => (
      <time dateTime={log.time}>
        {log.time.slice(0, 10)} {formatClock(log.time)}
      </time>
    ),
  },
  { header: 'Level', cell: (log) => <LevelBadge level={log.level} /> },
  { header: 'Service', className: 'whitespace-nowrap', cell: (log) => log.service },
  {
    header: 'Message',
    className: 'font-mono text-xs break-all',
    cell: (log) =>
      Object.keys(log.attributes).length === 0 ? (
        log.body
      ) : (
        <details>
          <summary className="cursor-pointer">{log.body}</summary>
          <AttributeTable label="Attributes of the log line" attributes={log.attributes} />
        </details>
      ),
  },
  {
    header: 'Trace',
    className: 'font-mono text-xs whitespace-nowrap',
    cell: (log) =>
      log.traceId ? (
        <Link href={traceHref(log.traceId)} className="text-indigo-800 underline">
          {log.traceId.slice(0, 8)}…<span className="sr-only"> trace {log.traceId}</span>
        </Link>
      ) : null,
  },
];

/** Log lines, newest first; a line written under a trace links to it (O-CORR-01). */
export function LogTable({ logs }: { logs: readonly LogView[] }) {
  return (
    <DataTable
      caption="Log lines, newest first"
      columns={COLUMNS}
      rows={logs}
      rowKey={(log, index) => `${log.time}-${index}`}
      dense
      alignTop
    />
  );
}
