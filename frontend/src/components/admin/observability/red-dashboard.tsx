import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { attempt } from '@/lib/admin/attempt';
import { queryString } from '@/lib/admin/list-queries';
import { formatMs, formatNumber, formatPercent } from '@/lib/admin/observability/format';
import { byLabel, peakOf, ratioPoints, scalePoints, sumSeries, totalOf } from '@/lib/admin/observability/metric-math';
import { allOf } from '@/lib/admin/observability/results';
import type { TelemetryApi } from '@/lib/admin/observability/telemetry-api';
import type { RangeKey, TimeWindow } from '@/lib/admin/observability/time-range';
import type { MetricQueryResult, MetricStat } from '@/lib/admin/observability/types';
import { LineChart } from './line-chart';

const REQUESTS = 'shop.http.server.requests';
const ERRORS = 'shop.http.server.errors';
const DURATION = 'shop.http.server.duration';
const ROUTE = 'http.route';
const CELL = 'px-2 py-2';

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

async function ServiceSummary(props: DashboardProps & { services: string[] }) {
  const query = querier(props);
  const whole = props.window.seconds;
  const rows = await Promise.all(
    props.services.map(async (service) => {
      const results = allOf(
        await Promise.all([
          query(REQUESTS, 'sum', whole, { service }),
          query(ERRORS, 'sum', whole, { service }),
          query(DURATION, 'p50', whole, { service }),
          query(DURATION, 'p99', whole, { service }),
        ] as const),
      );
      return { service, results };
    }),
  );
  const failed = rows.find((row) => !row.results.ok);
  if (failed && !failed.results.ok) {
    return <AdminFailure failure={failed.results.failure} title="The RED summary could not be loaded" />;
  }
  return (
    <section aria-labelledby="red-summary-heading" className="space-y-2">
      <h2 id="red-summary-heading" className="text-lg font-semibold">
        Services
      </h2>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Requests, errors and duration of each service over the time range</caption>
          <thead className="border-b border-slate-200 bg-slate-100">
            <tr>
              {['Service', 'Requests', 'Per second', 'Error rate', 'p50', 'p99'].map((label) => (
                <th key={label} scope="col" className={`${CELL} font-medium`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ service, results }) => {
              if (!results.ok) return null;
              const [requests, errors, p50, p99] = results.value;
              const total = totalOf(requests);
              const errorTotal = totalOf(errors);
              return (
                <tr key={service} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className={`${CELL} font-medium`}>
                    <Link
                      href={`/admin/observability/metrics${queryString({ view: 'red', service, range: props.window.range })}`}
                      className="text-indigo-800 underline"
                    >
                      {service}
                    </Link>
                  </th>
                  <td className={`${CELL} tabular-nums`}>{formatNumber(total)}</td>
                  <td className={`${CELL} tabular-nums`}>{formatNumber(total / props.window.seconds, 3)}</td>
                  <td className={`${CELL} tabular-nums ${errorTotal > 0 ? 'font-medium text-red-800' : ''}`}>
                    {formatPercent(total > 0 ? errorTotal / total : null)}
                  </td>
                  <td className={`${CELL} tabular-nums`}>{msOf(peakOf(p50))}</td>
                  <td className={`${CELL} tabular-nums`}>{msOf(peakOf(p99))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-700">
        Durations are from the shop.http.server.duration histogram; a percentile over a range longer than one period is
        the worst period’s.
      </p>
    </section>
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
    <section aria-labelledby="red-service-heading" className="space-y-3">
      <h2 id="red-service-heading" className="text-lg font-semibold">
        {service}
      </h2>
      <ServicePicker services={props.services} service={service} range={props.window.range} period={periodSeconds} />
      {!results.ok ? (
        <AdminFailure failure={results.failure} title={`The metrics of ${service} could not be loaded`} />
      ) : (
        <ServiceCharts service={service} results={results.value} />
      )}
    </section>
  );
}

type Q = MetricQueryResult;

function ServiceCharts({
  service,
  results: [rate, errorRate, p50, p99, routeRequests, routeErrors, routeP50, routeP99],
}: {
  service: string;
  results: readonly [Q, Q, Q, Q, Q, Q, Q, Q];
}) {
  const requests = sumSeries(rate.series);
  const requestTotals = byLabel(routeRequests, ROUTE, 'total');
  const errorTotals = byLabel(routeErrors, ROUTE, 'total');
  const p50s = byLabel(routeP50, ROUTE, 'peak');
  const p99s = byLabel(routeP99, ROUTE, 'peak');
  const routes = [...requestTotals].sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
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
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Routes of {service} over the time range</caption>
          <thead className="border-b border-slate-200 bg-slate-100">
            <tr>
              {['Route', 'Requests', 'Errors', 'Error rate', 'p50', 'p99'].map((label) => (
                <th key={label} scope="col" className={`${CELL} font-medium`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {routes.length === 0 ? (
              <tr>
                <td colSpan={6} className={`${CELL} text-slate-700`}>
                  No requests in this time range.
                </td>
              </tr>
            ) : (
              routes.map(([route, total]) => {
                const errors = errorTotals.get(route) ?? 0;
                return (
                  <tr key={route} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className={`${CELL} font-mono text-xs font-normal`}>
                      {route === '' ? '(no route)' : route}
                    </th>
                    <td className={`${CELL} tabular-nums`}>{formatNumber(total)}</td>
                    <td className={`${CELL} tabular-nums`}>{formatNumber(errors)}</td>
                    <td className={`${CELL} tabular-nums`}>{formatPercent(total ? (errors ?? 0) / total : null)}</td>
                    <td className={`${CELL} tabular-nums`}>{msOf(p50s.get(route) ?? null)}</td>
                    <td className={`${CELL} tabular-nums`}>{msOf(p99s.get(route) ?? null)}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ServicePicker({
  services,
  service,
  range,
  period,
}: {
  services: string[];
  service: string;
  range: RangeKey;
  period: number;
}) {
  return (
    <form
      action="/admin/observability/metrics"
      aria-label="Choose the service"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="view" value="red" />
      <input type="hidden" name="range" value={range} />
      <input type="hidden" name="period" value={period} />
      <div className="flex flex-col">
        <label htmlFor="red-service" className="text-sm font-medium">
          Service
        </label>
        <select
          id="red-service"
          name="service"
          defaultValue={service}
          className="mt-1 rounded border border-slate-400 px-3 py-2 text-sm"
        >
          {services.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white">
        Show
      </button>
    </form>
  );
}
