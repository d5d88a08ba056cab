import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { deleteAlarm } from '@/app/admin/(console)/observability/alarms/actions';
import { AdminFailure } from '@/components/admin/admin-failure';
import { LastValue, metricText } from '@/components/admin/observability/alarm-facts';
import { AlarmStateBadge } from '@/components/admin/observability/badges';
import { DataTable, type Column } from '@/components/admin/observability/data-table';
import { DeleteAlarmButton } from '@/components/admin/observability/delete-alarm-button';
import { TitledSection } from '@/components/admin/observability/titled-section';
import { attempt } from '@/lib/admin/attempt';
import { conditionText } from '@/lib/admin/observability/alarm-form';
import type { SearchParams } from '@/lib/admin/list-queries';
import { findAlarm } from '@/lib/admin/observability/alarm-lookup';
import { formatTime } from '@/lib/admin/observability/format';
import { alarmHref, ALARMS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param } from '@/lib/admin/observability/time-range';
import type { AlarmHistoryItem, AlarmView } from '@/lib/admin/observability/types';
import { requireOperator, type Operator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Alarm · Observability · Admin' };

const HISTORY_COLUMNS: readonly Column<AlarmHistoryItem>[] = [
  { header: 'Time (UTC)', className: 'whitespace-nowrap', cell: (item) => formatTime(item.time) },
  { header: 'From', cell: (item) => <AlarmStateBadge state={item.oldState} /> },
  { header: 'To', cell: (item) => <AlarmStateBadge state={item.newState} /> },
  { header: 'Reason', className: 'text-xs', cell: (item) => item.reason },
];

export default async function AlarmPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const operator = await requireOperator();
  const saved = param(await searchParams, 'saved') === '1';
  const alarm = await findAlarm(operator, (await params).name);
  if (alarm.ok && alarm.value === null) notFound();
  return (
    <div className="space-y-4">
      <Link href={ALARMS_PATH} className="text-sm text-indigo-800 underline">
        ← Alarms
      </Link>
      {!alarm.ok ? (
        <AdminFailure failure={alarm.failure} title="The alarm could not be loaded" />
      ) : alarm.value ? (
        <AlarmDetail alarm={alarm.value} operator={operator} saved={saved} />
      ) : null}
    </div>
  );
}

async function AlarmDetail({ alarm, operator, saved }: { alarm: AlarmView; operator: Operator; saved: boolean }) {
  const history = await attempt(telemetryApi(operator).alarmHistory(alarm.name));
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{alarm.name}</h1>
        <AlarmStateBadge state={alarm.state} />
      </div>
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Saved the alarm {alarm.name}.
        </p>
      ) : null}
      {alarm.description ? <p className="text-sm">{alarm.description}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Metric</dt>
        <dd className="font-mono text-xs">{metricText(alarm)}</dd>
        <dt className="font-medium">Condition</dt>
        <dd>{conditionText(alarm)}</dd>
        <dt className="font-medium">Missing data</dt>
        <dd>{alarm.treatMissingData}</dd>
        <dt className="font-medium">Last value</dt>
        <dd>
          <LastValue alarm={alarm} />
        </dd>
        <dt className="font-medium">Reason</dt>
        <dd>{alarm.stateReason}</dd>
        <dt className="font-medium">Since</dt>
        <dd>{formatTime(alarm.stateUpdatedAt)} UTC</dd>
      </dl>
      {operator.canEdit ? (
        <div className="flex flex-wrap items-start gap-3">
          <Link
            href={`${alarmHref(alarm.name)}/edit`}
            className="rounded bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700"
          >
            Edit alarm
          </Link>
          <DeleteAlarmButton action={deleteAlarm} name={alarm.name} />
        </div>
      ) : null}
      <TitledSection id="alarm-history-heading" title="History">
        {!history.ok ? (
          <AdminFailure failure={history.failure} title="The alarm's history could not be loaded" />
        ) : history.value.items.length === 0 ? (
          <p className="text-sm text-slate-700">No state changes yet.</p>
        ) : (
          <DataTable
            caption={`State changes of ${alarm.name}`}
            columns={HISTORY_COLUMNS}
            rows={history.value.items}
            rowKey={(item, index) => `${item.time}-${index}`}
            alignTop
          />
        )}
      </TitledSection>
    </>
  );
}
