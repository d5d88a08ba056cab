import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { saveAlarm } from '@/app/admin/(console)/observability/alarms/actions';
import { AdminFailure } from '@/components/admin/admin-failure';
import { AlarmForm } from '@/components/admin/observability/alarm-form';
import { attempt } from '@/lib/admin/attempt';
import { alarmValuesOf } from '@/lib/admin/observability/alarm-form';
import { findAlarm } from '@/lib/admin/observability/alarm-lookup';
import { alarmHref } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { requireAdmin } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Edit alarm · Observability · Admin' };

export default async function EditAlarmPage({ params }: { params: Promise<{ name: string }> }) {
  const operator = await requireAdmin();
  const [alarm, catalog] = await Promise.all([
    findAlarm(operator, (await params).name),
    attempt(telemetryApi(operator).metrics()),
  ]);
  if (alarm.ok && alarm.value === null) notFound();
  return (
    <div className="space-y-4">
      {!alarm.ok || alarm.value === null ? (
        !alarm.ok ? (
          <AdminFailure failure={alarm.failure} title="The alarm could not be loaded" />
        ) : null
      ) : (
        <>
          <Link href={alarmHref(alarm.value.name)} className="text-sm text-indigo-800 underline">
            ← {alarm.value.name}
          </Link>
          <h1 className="text-2xl font-semibold">Edit alarm {alarm.value.name}</h1>
          <AlarmForm
            action={saveAlarm.bind(null, alarm.value.name)}
            initial={alarmValuesOf(alarm.value)}
            metrics={catalog.ok ? catalog.value.items.map(({ name, services }) => ({ name, services })) : []}
            editing
          />
        </>
      )}
    </div>
  );
}
