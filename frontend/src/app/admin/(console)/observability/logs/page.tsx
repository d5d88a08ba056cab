import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { FilterBar, FilterInput, FilterSelect, sameLabels } from '@/components/admin/filter-bar';
import { RangeSelect } from '@/components/admin/observability/form-controls';
import { InsightsView } from '@/components/admin/observability/insights-view';
import { LogTable } from '@/components/admin/observability/log-table';
import { ViewTabs } from '@/components/admin/observability/view-tabs';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import { queryString, type SearchParams } from '@/lib/admin/list-queries';
import { LOGS_PATH, traceHref } from '@/lib/admin/observability/links';
import { telemetryApi, type TelemetryApi } from '@/lib/admin/observability/telemetry-api';
import { param, rangeKeyOf, timeWindow, type RangeKey } from '@/lib/admin/observability/time-range';
import { LOG_LEVELS } from '@/lib/admin/observability/types';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Logs · Observability · Admin' };

const HEX_ID = /^[0-9a-f]+$/;
const MAX_QUERY_LENGTH = 4000;

interface LogFilter {
  service: string;
  level: string;
  text: string;
  traceId: string;
  spanId: string;
}

export default async function LogsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const params = await searchParams;
  const insights = param(params, 'tab') === 'insights';
  const traceId = param(params, 'traceId').toLowerCase();
  const spanId = param(params, 'spanId').toLowerCase();
  const filter: LogFilter = {
    service: param(params, 'service'),
    level: LOG_LEVELS.find((level) => level === param(params, 'level')) ?? '',
    text: param(params, 'text').slice(0, 500),
    traceId: HEX_ID.test(traceId) ? traceId : '',
    spanId: HEX_ID.test(spanId) ? spanId : '',
  };
  // A trace someone follows to its logs may be older than the last hour.
  const range = rangeKeyOf(param(params, 'range'), filter.traceId ? '24h' : '1h');
  const api = telemetryApi(operator);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Logs</h1>
      <ViewTabs
        label="Log views"
        current={insights ? 'insights' : 'search'}
        tabs={[
          { key: 'search', label: 'Search', href: `${LOGS_PATH}${queryString({ range })}` },
          { key: 'insights', label: 'Logs Insights', href: `${LOGS_PATH}${queryString({ tab: 'insights', range })}` },
        ]}
      />
      {insights ? (
        <Insights api={api} range={range} query={param(params, 'query').slice(0, MAX_QUERY_LENGTH)} />
      ) : (
        <LogSearch api={api} range={range} filter={filter} />
      )}
    </div>
  );
}

async function Insights({ api, range, query }: { api: TelemetryApi; range: RangeKey; query: string }) {
  const { from, to } = timeWindow(range);
  const result = query === '' ? null : await attempt(api.insights({ query, from, to }));
  return <InsightsView query={query} range={range} result={result} />;
}

async function LogSearch({ api, range, filter }: { api: TelemetryApi; range: RangeKey; filter: LogFilter }) {
  const { from, to } = timeWindow(range);
  const [services, logs] = await Promise.all([
    attempt(api.services({ from, to })),
    attempt(
      api.searchLogs({
        from,
        to,
        service: filter.service,
        level: filter.level,
        text: filter.text,
        traceId: filter.traceId,
        spanId: filter.spanId,
        limit: 200,
      }),
    ),
  ]);
  const serviceNames = services.ok ? [...services.value.items].sort() : [];
  return (
    <div className="space-y-4">
      <FilterBar action={LOGS_PATH} label="Search logs" clearHref={LOGS_PATH} submitLabel="Search">
        <FilterSelect
          id="logs-service"
          label="Service"
          name="service"
          value={filter.service}
          anyLabel="Any"
          options={sameLabels([...new Set([...serviceNames, filter.service])].filter(Boolean))}
        />
        <FilterSelect
          id="logs-level"
          label="Level at least"
          name="level"
          value={filter.level}
          anyLabel="Any"
          options={sameLabels(LOG_LEVELS)}
        />
        <FilterInput id="logs-text" label="Text" name="text" type="text" value={filter.text} />
        <FilterInput id="logs-trace" label="Trace id" name="traceId" type="text" value={filter.traceId} wide />
        {filter.spanId ? (
          <FilterInput id="logs-span" label="Span id" name="spanId" type="text" value={filter.spanId} />
        ) : null}
        <RangeSelect id="logs-range" value={range} />
      </FilterBar>
      {filter.traceId ? (
        <p className="text-sm">
          Lines of{' '}
          <Link href={traceHref(filter.traceId)} className="font-mono text-indigo-800 underline">
            trace {filter.traceId}
          </Link>
          {filter.spanId ? (
            <>
              , span <code className="font-mono">{filter.spanId}</code>
            </>
          ) : null}
        </p>
      ) : null}
      {!logs.ok ? (
        <AdminFailure failure={logs.failure} title="The logs could not be searched" />
      ) : logs.value.items.length === 0 ? (
        <EmptyState title="No log lines match">Try a longer time range or fewer filters.</EmptyState>
      ) : (
        <LogTable logs={logs.value.items} />
      )}
    </div>
  );
}
