import type { Metadata } from 'next';
import { BusinessDashboard } from '@/components/admin/observability/business-dashboard';
import { PeriodSelect, RangeSelect, ViewForm } from '@/components/admin/observability/form-controls';
import { MetricExplorer, type ExplorerQuery } from '@/components/admin/observability/metric-explorer';
import { RedDashboard } from '@/components/admin/observability/red-dashboard';
import { ViewTabs } from '@/components/admin/observability/view-tabs';
import { queryString, type SearchParams } from '@/lib/admin/list-queries';
import { METRICS_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param, periodOf, rangeKeyOf, timeWindow } from '@/lib/admin/observability/time-range';
import { METRIC_STATS, type MetricStat } from '@/lib/admin/observability/types';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Metrics · Observability · Admin' };

const VIEWS = [
  { key: 'red', label: 'Services (RED)' },
  { key: 'business', label: 'Business' },
  { key: 'explore', label: 'Explorer' },
] as const;
type View = (typeof VIEWS)[number]['key'];

function viewOf(value: string): View {
  return VIEWS.find((view) => view.key === value)?.key ?? 'red';
}

function statOf(value: string): MetricStat {
  return METRIC_STATS.find((stat) => stat === value) ?? 'sum';
}

export default async function MetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const params = await searchParams;
  const view = viewOf(param(params, 'view'));
  const range = rangeKeyOf(param(params, 'range'));
  const period = periodOf(param(params, 'period'), range);
  const service = param(params, 'service');
  const explorer: ExplorerQuery = {
    metric: param(params, 'metric'),
    stat: statOf(param(params, 'stat')),
    groupBy: param(params, 'groupBy'),
    service,
  };
  const api = telemetryApi(operator);
  const window = timeWindow(range);
  const kept: Record<string, string> = view === 'explore' ? { ...explorer } : view === 'red' ? { service } : {};
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Metrics</h1>
      <ViewTabs
        label="Dashboards"
        current={view}
        tabs={VIEWS.map((one) => ({ ...one, href: `${METRICS_PATH}${queryString({ view: one.key, range, period })}` }))}
      />
      <ViewForm action={METRICS_PATH} label="Time range" keep={{ view, ...kept }}>
        <RangeSelect id="metrics-range" value={range} />
        <PeriodSelect id="metrics-period" value={period} />
      </ViewForm>
      {view === 'red' ? (
        <RedDashboard api={api} window={window} periodSeconds={period} service={service} />
      ) : view === 'business' ? (
        <BusinessDashboard api={api} window={window} periodSeconds={period} />
      ) : (
        <MetricExplorer api={api} window={window} periodSeconds={period} query={explorer} />
      )}
    </div>
  );
}
