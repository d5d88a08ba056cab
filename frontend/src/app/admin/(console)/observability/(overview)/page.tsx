import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { OBSERVABILITY_PAGES } from '@/lib/admin/observability/pages';
import { attempt } from '@/lib/admin/attempt';
import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { timeWindow } from '@/lib/admin/observability/time-range';
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
          <Link href="/admin/observability/alarms" className="font-medium underline">
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
      <section aria-labelledby="red-summary-heading" className="space-y-2">
        <h2 id="red-summary-heading" className="text-lg font-semibold">
          Services in the last hour
        </h2>
        {!map.ok ? (
          <AdminFailure failure={map.failure} title="The services’ summary could not be loaded" />
        ) : (
          <RedSummary nodes={map.value.nodes.filter((node) => node.type === 'service')} />
        )}
      </section>
    </div>
  );
}

function RedSummary({
  nodes,
}: {
  nodes: { id: string; name: string; requests: number; errors: number; averageMs: number }[];
}) {
  if (nodes.length === 0)
    return <p className="text-sm text-slate-700">No service reported a request in the last hour.</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rate, errors and duration of each service in the last hour</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            {['Service', 'Requests', 'Per minute', 'Errors', 'Error rate', 'Average duration'].map((label) => (
              <th key={label} scope="col" className="px-2 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...nodes]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((node) => (
              <tr key={node.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-2 py-2 font-medium">
                  <Link
                    href={`/admin/observability/metrics?service=${encodeURIComponent(node.name)}`}
                    className="text-indigo-800 underline"
                  >
                    {node.name}
                  </Link>
                </th>
                <td className="px-2 py-2 tabular-nums">{node.requests}</td>
                <td className="px-2 py-2 tabular-nums">{formatNumber(node.requests / 60)}</td>
                <td className={`px-2 py-2 tabular-nums ${node.errors > 0 ? 'font-medium text-red-800' : ''}`}>
                  {node.errors}
                </td>
                <td className="px-2 py-2 tabular-nums">
                  {formatPercent(node.requests > 0 ? node.errors / node.requests : 0)}
                </td>
                <td className="px-2 py-2 tabular-nums">{formatMs(node.averageMs)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
