import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { FilterSelect, sameLabels } from '@/components/admin/filter-bar';
import { attempt } from '@/lib/admin/attempt';
import { queryString } from '@/lib/admin/list-queries';
import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { byLabel, peakOf, ratioPoints, scalePoints, sumSeries, totalOf } from '@/lib/admin/observability/metric-math';
import { METRICS_PATH } from '@/lib/admin/observability/links';
import { allOf } from '@/lib/admin/observability/results';
import type { TelemetryApi } from '@/lib/admin/observability/telemetry-api';
import type { TimeWindow } from '@/lib/admin/observability/time-range';
import type { MetricQueryResult, MetricStat } from '@/lib/admin/observability/types';
import { DataTable, errorTone, NUMBER, type Column } from './data-table';
import { MetricsViewForm } from './form-controls';
import { LineChart } from './line-chart';
import { TitledSection } from './titled-section';

const REQUESTS = 'shop.http.server.requests';
const ERRORS = 'shop.http.server.errors';
const DURATION = 'shop.http.server.duration';
const ROUTE = 'http.route';

interface DashboardProps {
  api: TelemetryApi;
  window: TimeWindow;
  periodSeconds: number;
}

function querier({ api, window }: DashboardProps) {
  return (
    name: string,
    stat: MetricStat,
    periodSeconds: number,
    extra: { service?: string; groupBy?: string[] } = {},
  ) => attempt(api.queryMetric({ name, stat, periodSeconds, from: window.from, to: window.to, ...extra }));
}

/** Rate, errors and duration (RED) of every service over the window, then one service's charts and routes. */
export async function RedDashboard(props: DashboardProps & { service: string }) {
  // The services that count their requests: not the browser or anything else that only sends spans.
  const catalog = await attempt(props.api.metrics());
  if (!catalog.ok) return <AdminFailure failure={catalog.failure} title="The services could not be loaded" />;
  const names = [...(catalog.value.items.find((metric) => metric.name === REQUESTS)?.services ?? [])].sort();
  if (names.length === 0) return <p className="text-sm text-slate-700">No service has counted a request yet.</p>;
  const chosen = names.includes(props.service) ? props.service : (names[0] as string);
  return (
    <div className="space-y-6">
      <ServiceSummary {...props} services={names} />
      <ServiceDetail {...props} service={chosen} services={names} />
    </div>
  );
}

/** A service's or a route's requests, errors and duration percentiles (in seconds) over the whole range. */
interface RedTotals {
  requests: number;
  errors: number;
  p50: number | null;
  p99: number | null;
}

const PERCENTILE_COLUMNS: readonly Column<RedTotals>[] = [
  { header: 'p50', className: NUMBER, cell: (row) => msOf(row.p50) },
  { header: 'p99', className: NUMBER, cell: (row) => msOf(row.p99) },
];

async function ServiceSummary(props: DashboardProps & { services: string[] }) {
  const query = querier(props);
  const whole = props.window.seconds;
  const results = allOf(
    await Promise.all(
      props.services.map(async (service) =>
        allOf(
          await Promise.all([
            query(REQUESTS, 'sum', whole, { service }),
            query(ERRORS, 'sum', whole, { service }),
            query(DURATION, 'p50', whole, { service }),
            query(DURATION, 'p99', whole, { service }),
          ] as const),
        ),
      ),
    ),
  );
  if (!results.ok) return <AdminFailure failure={results.failure} title="The RED summary could not be loaded" />;
  const rows = results.value.map(([requests, errors, p50, p99], index) => ({
    service: props.services[index] as string,
    requests: totalOf(requests),
    errors: totalOf(errors),
    p50: peakOf(p50),
    p99: peakOf(p99),
  }));
  const columns: readonly Column<RedTotals & { service: string }>[] = [
    {
      header: 'Service',
      rowHeader: true,
      className: 'font-medium',
      cell: ({ service }) => (
        <Link
          href={`${METRICS_PATH}${queryString({ view: 'red', service, range: props.window.range })}`}
          className="text-indigo-800 underline"
        >
          {service}
        </Link>
      ),
    },
    { header: 'Requests', className: NUMBER, cell: (row) => formatNumber(row.requests) },
    { header: 'Per second', className: NUMBER, cell: (row) => formatNumber(row.requests / whole, 3) },
    {
      header: 'Error rate',
      className: (row) => errorTone(row.errors > 0),
      cell: (row) => formatPercent(row.requests > 0 ? row.errors / row.requests : null),
    },
    ...PERCENTILE_COLUMNS,
  ];
  return (
    <TitledSection id="red-summary-heading" title="Services">
      <DataTable
        caption="Requests, errors and duration of each service over the time range"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.service}
      />
      <p className="text-xs text-slate-700">
        Durations are from the shop.http.server.duration histogram; a percentile over a range longer than one period is
        the worst period’s.
      </p>
    </TitledSection>
  );
}

function msOf(seconds: number | null): string {
  return formatMs(seconds === null ? null : seconds * 1000);
}

async function ServiceDetail(props: DashboardProps & { service: string; services: string[] }) {
  const query = querier(props);
  const { service, periodSeconds } = props;
  const whole = props.window.seconds;
  const results = allOf(
    await Promise.all([
      query(REQUESTS, 'rate', periodSeconds, { service }),
      query(ERRORS, 'rate', periodSeconds, { service }),
      query(DURATION, 'p50', periodSeconds, { service }),
      query(DURATION, 'p99', periodSeconds, { service }),
      query(REQUESTS, 'sum', whole, { service, groupBy: [ROUTE] }),
      query(ERRORS, 'sum', whole, { service, groupBy: [ROUTE] }),
      query(DURATION, 'p50', whole, { service, groupBy: [ROUTE] }),
      query(DURATION, 'p99', whole, { service, groupBy: [ROUTE] }),
    ] as const),
  );
  return (
    <TitledSection id="red-service-heading" title={service} className="space-y-3">
      <MetricsViewForm view="red" label="Choose the service" range={props.window.range} period={periodSeconds}>
        <FilterSelect
          id="red-service"
          label="Service"
          name="service"
          value={service}
          options={sameLabels(props.services)}
        />
      </MetricsViewForm>
      {!results.ok ? (
        <AdminFailure failure={results.failure} title={`The metrics of ${service} could not be loaded`} />
      ) : (
        <ServiceCharts service={service} results={results.value} />
      )}
    </TitledSection>
  );
}

type Q = MetricQueryResult;

const ROUTE_COLUMNS: readonly Column<RedTotals & { route: string }>[] = [
  {
    header: 'Route',
    rowHeader: true,
    className: 'font-mono text-xs font-normal',
    cell: ({ route }) => (route === '' ? '(no route)' : route),
  },
  { header: 'Requests', className: NUMBER, cell: (row) => formatNumber(row.requests) },
  { header: 'Errors', className: NUMBER, cell: (row) => formatNumber(row.errors) },
  {
    header: 'Error rate',
    className: NUMBER,
    cell: (row) => formatPercent(row.requests ? row.errors / row.requests : null),
  },
  ...PERCENTILE_COLUMNS,
];

function ServiceCharts({
  service,
  results: [rate, errorRate, p50, p99, routeRequests, routeErrors, routeP50, routeP99],
}: {
  service: string;
  results: readonly [Q, Q, Q, Q, Q, Q, Q, Q];
}) {
  const requests = sumSeries(rate.series);
  const errorTotals = byLabel(routeErrors, ROUTE, 'total');
  const p50s = byLabel(routeP50, ROUTE, 'peak');
  const p99s = byLabel(routeP99, ROUTE, 'peak');
  const routes = [...byLabel(routeRequests, ROUTE, 'total')]
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([route, total]) => ({
      route,
      requests: total ?? 0,
      errors: errorTotals.get(route) ?? 0,
      p50: p50s.get(route) ?? null,
      p99: p99s.get(route) ?? null,
    }));
  return (
    <>
      <div className="grid gap-3 lg:grid-cols-3">
        <LineChart
          title={`Requests per second of ${service}`}
          series={[{ label: 'requests/s', points: requests }]}
          format={(value) => `${formatNumber(value, 3)}/s`}
        />
        <LineChart
          title={`Error rate of ${service}`}
          series={[{ label: 'errors (5xx) / requests', points: ratioPoints(sumSeries(errorRate.series), requests) }]}
          format={formatPercent}
        />
        <LineChart
          title={`Duration of ${service}`}
          series={[
            { label: 'p50', points: scalePoints(sumSeries(p50.series), 1000) },
            { label: 'p99', points: scalePoints(sumSeries(p99.series), 1000) },
          ]}
          format={formatMs}
        />
      </div>
      <DataTable
        caption={`Routes of ${service} over the time range`}
        columns={ROUTE_COLUMNS}
        rows={routes}
        rowKey={(row) => row.route}
        empty="No requests in this time range."
      />
    </>
  );
}
