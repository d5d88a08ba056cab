import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { LastValue, metricText } from '@/components/admin/observability/alarm-facts';
import { AlarmStateBadge } from '@/components/admin/observability/badges';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import { conditionText } from '@/lib/admin/observability/alarm-form';
import type { SearchParams } from '@/lib/admin/list-queries';
import { formatTime } from '@/lib/admin/observability/format';
import { alarmHref } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param } from '@/lib/admin/observability/time-range';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Alarms · Observability · Admin' };

const CELL = 'px-2 py-2';

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
            href="/admin/observability/alarms/new"
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
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Alarms and their states</caption>
            <thead className="border-b border-slate-200 bg-slate-100">
              <tr>
                {['Alarm', 'State', 'Metric', 'Condition', 'Last value', 'Reason', 'Since (UTC)'].map((label) => (
                  <th key={label} scope="col" className={`${CELL} font-medium`}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...result.value.items]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((alarm) => (
                  <tr key={alarm.name} className="border-b border-slate-100 align-top last:border-0">
                    <th scope="row" className={`${CELL} font-medium`}>
                      <Link href={alarmHref(alarm.name)} className="text-indigo-800 underline">
                        {alarm.name}
                      </Link>
                    </th>
                    <td className={CELL}>
                      <AlarmStateBadge state={alarm.state} />
                    </td>
                    <td className={`${CELL} font-mono text-xs`}>{metricText(alarm)}</td>
                    <td className={`${CELL} text-xs`}>{conditionText(alarm)}</td>
                    <td className={`${CELL} text-xs`}>
                      <LastValue alarm={alarm} />
                    </td>
                    <td className={`${CELL} text-xs`}>{alarm.stateReason}</td>
                    <td className={`${CELL} text-xs whitespace-nowrap`}>{formatTime(alarm.stateUpdatedAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
