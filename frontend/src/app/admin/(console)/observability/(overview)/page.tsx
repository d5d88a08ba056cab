import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { DataTable, errorTone, NUMBER, type Column } from '@/components/admin/observability/data-table';
import { TitledSection } from '@/components/admin/observability/titled-section';
import { OBSERVABILITY_PAGES } from '@/lib/admin/observability/pages';
import { attempt } from '@/lib/admin/attempt';
import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { ALARMS_PATH, METRICS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { timeWindow } from '@/lib/admin/observability/time-range';
import type { MapNode } from '@/lib/admin/observability/types';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Observability · Admin' };

/** Where to start: the pages, and each service's rate, errors and duration over the last hour. */
export default async function ObservabilityOverviewPage() {
  const operator = await requireOperator();
  const api = telemetryApi(operator);
  const window = timeWindow('1h');
  const [map, alarms] = await Promise.all([attempt(api.serviceMap(window)), attempt(api.alarms())]);
  const firing = alarms.ok ? alarms.value.items.filter((alarm) => alarm.state === 'ALARM') : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Observability</h1>
      {firing.length > 0 ? (
        <p role="status" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {firing.length === 1 ? 'One alarm is' : `${firing.length} alarms are`} in ALARM:{' '}
          {firing.map((alarm) => alarm.name).join(', ')}.{' '}
          <Link href={ALARMS_PATH} className="font-medium underline">
            See the alarms
          </Link>
        </p>
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {OBSERVABILITY_PAGES.slice(1).map((page) => (
          <li key={page.href} className="rounded border border-slate-200 bg-white p-4">
            <Link href={page.href} className="font-semibold text-indigo-800 underline">
              {page.label}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{page.text}</p>
          </li>
        ))}
      </ul>
      <TitledSection id="red-summary-heading" title="Services in the last hour">
        {!map.ok ? (
          <AdminFailure failure={map.failure} title="The services’ summary could not be loaded" />
        ) : (
          <RedSummary nodes={map.value.nodes.filter((node) => node.type === 'service')} />
        )}
      </TitledSection>
    </div>
  );
}

const SUMMARY_COLUMNS: readonly Column<MapNode>[] = [
  {
    header: 'Service',
    rowHeader: true,
    className: 'font-medium',
    cell: (node) => (
      <Link href={`${METRICS_PATH}?service=${encodeURIComponent(node.name)}`} className="text-indigo-800 underline">
        {node.name}
      </Link>
    ),
  },
  { header: 'Requests', className: NUMBER, cell: (node) => node.requests },
  { header: 'Per minute', className: NUMBER, cell: (node) => formatNumber(node.requests / 60) },
  { header: 'Errors', className: (node) => errorTone(node.errors > 0), cell: (node) => node.errors },
  {
    header: 'Error rate',
    className: NUMBER,
    cell: (node) => formatPercent(node.requests > 0 ? node.errors / node.requests : 0),
  },
  { header: 'Average duration', className: NUMBER, cell: (node) => formatMs(node.averageMs) },
];

function RedSummary({ nodes }: { nodes: MapNode[] }) {
  if (nodes.length === 0)
    return <p className="text-sm text-slate-700">No service reported a request in the last hour.</p>;
  return (
    <DataTable
      caption="Rate, errors and duration of each service in the last hour"
      columns={SUMMARY_COLUMNS}
      rows={[...nodes].sort((a, b) => a.name.localeCompare(b.name))}
      rowKey={(node) => node.id}
    />
  );
}
