import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { LastValue, metricText } from '@/components/admin/observability/alarm-facts';
import { AlarmStateBadge } from '@/components/admin/observability/badges';
import { DataTable, type Column } from '@/components/admin/observability/data-table';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import { conditionText } from '@/lib/admin/observability/alarm-form';
import type { SearchParams } from '@/lib/admin/list-queries';
import { formatTime } from '@/lib/admin/observability/format';
import { alarmHref, ALARMS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param } from '@/lib/admin/observability/time-range';
import type { AlarmView } from '@/lib/admin/observability/types';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Alarms · Observability · Admin' };

const COLUMNS: readonly Column<AlarmView>[] = [
  {
    header: 'Alarm',
    rowHeader: true,
    className: 'font-medium',
    cell: (alarm) => (
      <Link href={alarmHref(alarm.name)} className="text-indigo-800 underline">
        {alarm.name}
      </Link>
    ),
  },
  { header: 'State', cell: (alarm) => <AlarmStateBadge state={alarm.state} /> },
  { header: 'Metric', className: 'font-mono text-xs', cell: metricText },
  { header: 'Condition', className: 'text-xs', cell: conditionText },
  { header: 'Last value', className: 'text-xs', cell: (alarm) => <LastValue alarm={alarm} /> },
  { header: 'Reason', className: 'text-xs', cell: (alarm) => alarm.stateReason },
  { header: 'Since (UTC)', className: 'text-xs whitespace-nowrap', cell: (alarm) => formatTime(alarm.stateUpdatedAt) },
];

export default async function AlarmsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const deleted = param(await searchParams, 'deleted');
  const result = await attempt(telemetryApi(operator).alarms());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Alarms</h1>
        {operator.canEdit ? (
          <Link
            href={`${ALARMS_PATH}/new`}
            className="rounded bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700"
          >
            New alarm
          </Link>
        ) : null}
      </div>
      {deleted ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Deleted the alarm {deleted}.
        </p>
      ) : null}
      {!result.ok ? (
        <AdminFailure failure={result.failure} title="The alarms could not be loaded" />
      ) : result.value.items.length === 0 ? (
        <EmptyState title="No alarms yet">{operator.canEdit ? 'Create one with New alarm.' : null}</EmptyState>
      ) : (
        <DataTable
          caption="Alarms and their states"
          columns={COLUMNS}
          rows={[...result.value.items].sort((a, b) => a.name.localeCompare(b.name))}
          rowKey={(alarm) => alarm.name}
          alignTop
        />
      )}
    </div>
  );
}
