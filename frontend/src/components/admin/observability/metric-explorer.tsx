import { AdminFailure } from '@/components/admin/admin-failure';
import { FilterSelect, sameLabels } from '@/components/admin/filter-bar';
import { attempt } from '@/lib/admin/attempt';
import { formatNumber } from '@/lib/admin/observability/format';
import { seriesLabel, totalOf } from '@/lib/admin/observability/metric-math';
import type { TelemetryApi } from '@/lib/admin/observability/telemetry-api';
import type { RangeKey, TimeWindow } from '@/lib/admin/observability/time-range';
import { METRIC_STATS, type MetricDescription, type MetricStat } from '@/lib/admin/observability/types';
import { MetricsViewForm } from './form-controls';
import { LineChart } from './line-chart';

// More lines than this make a chart unreadable: the busiest series are drawn, the table says how many were left out.
const MAX_SERIES = 8;

export interface ExplorerQuery {
  metric: string;
  stat: MetricStat;
  groupBy: string;
  service: string;
}

interface MetricExplorerProps {
  api: TelemetryApi;
  window: TimeWindow;
  periodSeconds: number;
  query: ExplorerQuery;
}

/** Any metric the services export, by any statistic, split by one attribute. */
export async function MetricExplorer({ api, window, periodSeconds, query }: MetricExplorerProps) {
  const catalog = await attempt(api.metrics());
  if (!catalog.ok) return <AdminFailure failure={catalog.failure} title="The metric catalog could not be loaded" />;
  const metrics = [...catalog.value.items].sort((a, b) => a.name.localeCompare(b.name));
  const metric = metrics.find((candidate) => candidate.name === query.metric) ?? null;
  return (
    <div className="space-y-4">
      <ExplorerForm metrics={metrics} metric={metric} query={query} range={window.range} period={periodSeconds} />
      {metric ? (
        <ExplorerChart api={api} window={window} periodSeconds={periodSeconds} query={query} metric={metric} />
      ) : (
        <p className="text-sm text-slate-700">
          {metrics.length === 0 ? 'No metric has arrived yet.' : 'Choose a metric and a statistic, then Show.'}
        </p>
      )}
    </div>
  );
}

async function ExplorerChart({
  api,
  window,
  periodSeconds,
  query,
  metric,
}: MetricExplorerProps & { metric: MetricDescription }) {
  const groupBy = metric.attributeKeys.includes(query.groupBy) ? [query.groupBy] : [];
  const result = await attempt(
    api.queryMetric({
      name: metric.name,
      stat: query.stat,
      periodSeconds,
      from: window.from,
      to: window.to,
      groupBy,
      ...(query.service === '' ? {} : { service: query.service }),
    }),
  );
  if (!result.ok) return <AdminFailure failure={result.failure} title={`${metric.name} could not be queried`} />;
  const busiest = [...result.value.series]
    .map((series) => ({ series, total: totalOf({ ...result.value, series: [series] }) }))
    .sort((a, b) => b.total - a.total);
  const shown = busiest.slice(0, MAX_SERIES);
  const unit = result.value.unit === '' || result.value.unit === '1' ? '' : ` ${result.value.unit}`;
  return (
    // The chart scales with its width, its labels too: about twice a dashboard chart's width keeps them readable.
    <div className="max-w-3xl space-y-1">
      <LineChart
        title={`${metric.name} (${query.stat}${query.service ? `, ${query.service}` : ''})`}
        series={shown.map(({ series }) => ({ label: seriesLabel(series.labels), points: series.points }))}
        format={(value) => `${formatNumber(value, 3)}${unit}`}
      />
      {busiest.length > MAX_SERIES ? (
        <p className="text-xs text-slate-700">
          The {MAX_SERIES} busiest of {busiest.length} series are shown.
        </p>
      ) : null}
    </div>
  );
}

function ExplorerForm({
  metrics,
  metric,
  query,
  range,
  period,
}: {
  metrics: MetricDescription[];
  metric: MetricDescription | null;
  query: ExplorerQuery;
  range: RangeKey;
  period: number;
}) {
  const services = metric ? metric.services : [...new Set(metrics.flatMap((one) => one.services))].sort();
  const keys = metric ? metric.attributeKeys : [...new Set(metrics.flatMap((one) => one.attributeKeys))].sort();
  return (
    <MetricsViewForm view="explore" label="Explore a metric" range={range} period={period}>
      <FilterSelect
        id="explore-metric"
        label="Metric"
        name="metric"
        value={metric?.name ?? ''}
        anyLabel="Choose…"
        options={metrics.map((one) => [one.name, `${one.name} (${one.kind})`] as const)}
      />
      <FilterSelect
        id="explore-stat"
        label="Statistic"
        name="stat"
        value={query.stat}
        options={sameLabels(METRIC_STATS)}
      />
      <FilterSelect
        id="explore-group"
        label="Group by"
        name="groupBy"
        value={keys.includes(query.groupBy) ? query.groupBy : ''}
        anyLabel="Nothing"
        options={sameLabels(keys)}
      />
      <FilterSelect
        id="explore-service"
        label="Service"
        name="service"
        value={query.service}
        anyLabel="All"
        options={sameLabels(services)}
      />
    </MetricsViewForm>
  );
}
