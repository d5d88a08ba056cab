import { AdminFailure } from '@/components/admin/admin-failure';
import { attempt } from '@/lib/admin/attempt';
import { formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { latestOf, peakOf, sumSeries, totalOf } from '@/lib/admin/observability/metric-math';
import { allOf } from '@/lib/admin/observability/results';
import type { TelemetryApi } from '@/lib/admin/observability/telemetry-api';
import type { TimeWindow } from '@/lib/admin/observability/time-range';
import type { MetricQueryResult, MetricStat } from '@/lib/admin/observability/types';
import { LineChart } from './line-chart';
import { TitledSection } from './titled-section';

const CURRENCY = 'shop.order.currency';

const COUNTERS = [
  { name: 'shop.order.placed', label: 'Orders placed' },
  { name: 'shop.order.confirmed', label: 'Orders confirmed' },
  { name: 'shop.order.rejected', label: 'Orders rejected' },
  { name: 'shop.cart.items_added', label: 'Cart adds' },
  { name: 'shop.checkout.started', label: 'Checkouts started' },
  { name: 'shop.inventory.reservation_failures', label: 'Reservation failures' },
] as const;

const GAUGES = [
  { name: 'shop.inventory.low_stock_items', label: 'Low-stock items' },
  { name: 'shop.inventory.available_units', label: 'Available units' },
] as const;

interface BusinessDashboardProps {
  api: TelemetryApi;
  window: TimeWindow;
  periodSeconds: number;
}

/** The shop's own numbers: orders, their value, the funnel from cart to order, and stock. */
export async function BusinessDashboard({ api, window, periodSeconds }: BusinessDashboardProps) {
  const query = (name: string, stat: MetricStat, groupBy: string[] = []) =>
    attempt(api.queryMetric({ name, stat, periodSeconds, from: window.from, to: window.to, groupBy }));
  const results = allOf(
    await Promise.all([
      Promise.all(COUNTERS.map((counter) => query(counter.name, 'sum'))).then(allOf),
      Promise.all(GAUGES.map((gauge) => query(gauge.name, 'max'))).then(allOf),
      Promise.all([
        query('shop.order.value', 'sum', [CURRENCY]),
        query('shop.order.value', 'p50', [CURRENCY]),
      ] as const).then(allOf),
    ] as const),
  );
  if (!results.ok) return <AdminFailure failure={results.failure} title="The business metrics could not be loaded" />;
  const [counters, gauges, [valueSum, valueP50]] = results.value;

  const counted = withResults(COUNTERS, counters);
  const gauged = withResults(GAUGES, gauges);
  const totals = new Map(counted.map((counter) => [counter.name, totalOf(counter.result)]));
  const counterLines = counted.map(lineOf);
  const placed = totals.get('shop.order.placed') ?? 0;
  const checkouts = totals.get('shop.checkout.started') ?? 0;
  return (
    <div className="space-y-6">
      <TitledSection id="business-totals-heading" title="In this time range">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {COUNTERS.map((counter) => (
            <Figure key={counter.name} label={counter.label} value={formatNumber(totals.get(counter.name) ?? 0)} />
          ))}
          <Figure
            label="Conversion (orders placed / checkouts started)"
            value={formatPercent(checkouts > 0 ? placed / checkouts : null)}
          />
          {gauged.map((gauge) => (
            <Figure key={gauge.name} label={`${gauge.label} (latest)`} value={formatNumber(latestOf(gauge.result))} />
          ))}
          {valueSum.series.length === 0 ? (
            <Figure label="Order value" value="–" />
          ) : (
            valueSum.series.flatMap((series) => {
              const currency = series.labels[CURRENCY] ?? '';
              const median = valueP50.series.find((other) => other.labels[CURRENCY] === currency);
              return [
                <Figure
                  key={`${currency}-sum`}
                  label={`Order value ${currency}, sum`}
                  value={formatNumber(totalOf({ ...valueSum, series: [series] }))}
                />,
                <Figure
                  key={`${currency}-p50`}
                  label={`Order value ${currency}, p50`}
                  value={formatNumber(median ? peakOf({ ...valueP50, series: [median] }) : null)}
                />,
              ];
            })
          )}
        </dl>
      </TitledSection>
      <TitledSection id="business-charts-heading" title="Over time">
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          <LineChart title="Orders" series={counterLines.slice(0, 3)} />
          <LineChart title="Funnel" series={counterLines.slice(3, 5)} />
          <LineChart title="Reservation failures" series={counterLines.slice(5)} />
          <LineChart
            title="Order value (median)"
            series={valueP50.series.map((series) => ({
              label: series.labels[CURRENCY] ?? 'all',
              points: series.points,
            }))}
          />
          {gauged.map((gauge) => (
            <LineChart key={gauge.name} title={gauge.label} series={[lineOf(gauge)]} />
          ))}
        </div>
      </TitledSection>
    </div>
  );
}

interface NamedMetric {
  name: string;
  label: string;
}

/** Each metric beside its query's result (the results come in the metrics' order). */
function withResults<M extends NamedMetric>(metrics: readonly M[], results: readonly MetricQueryResult[]) {
  return metrics.map((metric, index) => ({ ...metric, result: results[index] as MetricQueryResult }));
}

/** A metric's series added up into one line of a chart. */
function lineOf({ label, result }: { label: string; result: MetricQueryResult }) {
  return { label, points: sumSeries(result.series) };
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-3">
      <dt className="text-xs text-slate-700">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
