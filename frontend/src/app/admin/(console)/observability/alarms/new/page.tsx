import type { Metadata } from 'next';
import Link from 'next/link';
import { saveAlarm } from '@/app/admin/(console)/observability/alarms/actions';
import { AlarmForm } from '@/components/admin/observability/alarm-form';
import { attempt } from '@/lib/admin/attempt';
import { EMPTY_ALARM } from '@/lib/admin/observability/alarm-form';
import { ALARMS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { requireAdmin } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'New alarm · Observability · Admin' };

export default async function NewAlarmPage() {
  const operator = await requireAdmin();
  const catalog = await attempt(telemetryApi(operator).metrics());
  return (
    <div className="space-y-4">
      <Link href={ALARMS_PATH} className="text-sm text-indigo-800 underline">
        ← Alarms
      </Link>
      <h1 className="text-2xl font-semibold">New alarm</h1>
      {catalog.ok ? null : (
        <p className="text-sm text-amber-900">
          The metric catalog could not be loaded; only the metric you type is offered.
        </p>
      )}
      <AlarmForm
        action={saveAlarm.bind(null, null)}
        initial={EMPTY_ALARM}
        metrics={catalog.ok ? catalog.value.items.map(({ name, services }) => ({ name, services })) : []}
        editing={false}
      />
    </div>
  );
}
