import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { ApplyButton } from '@/components/admin/filter-bar';
import { RangeSelect } from '@/components/admin/observability/form-controls';
import { QueryRefusal } from '@/components/admin/observability/query-error-pointer';
import { TraceTable } from '@/components/admin/observability/trace-table';
import { EmptyState } from '@/components/failure-view';
import { attempt } from '@/lib/admin/attempt';
import type { SearchParams } from '@/lib/admin/list-queries';
import { TRACES_PATH } from '@/lib/admin/observability/links';
import { telemetryApi } from '@/lib/admin/observability/telemetry-api';
import { timeWindow } from '@/lib/admin/observability/time-range';
import {
  backgroundChoiceOf,
  INCLUDE_BACKGROUND,
  traceSearchQuery,
  tracesHref,
} from '@/lib/admin/observability/trace-search';
import { requireOperator } from '@/lib/admin/session';

export const metadata: Metadata = { title: 'Traces · Observability · Admin' };

const FILTER_EXAMPLES = [
  'service("order") AND responsetime > 0.5',
  'http.status = 500',
  'error = true',
  'annotation.order_id = "…"',
] as const;

export default async function TracesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const query = traceSearchQuery(await searchParams);
  const { filter, range, includeBackground } = query;
  const { from, to } = timeWindow(range);
  const result = await attempt(
    telemetryApi(operator).searchTraces({ filter, from, to, limit: 100, background: backgroundChoiceOf(query) }),
  );
  const badFilter = !result.ok && result.failure.status === 400 ? result.failure.message : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Traces</h1>
      <form action={TRACES_PATH} role="search" aria-label="Search traces" className="space-y-2">
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex min-w-72 flex-1 flex-col">
            <label htmlFor="trace-filter" className="text-sm font-medium">
              Filter expression
            </label>
            <input
              id="trace-filter"
              name="filter"
              type="text"
              defaultValue={filter}
              spellCheck={false}
              aria-invalid={badFilter ? true : undefined}
              aria-describedby={badFilter ? 'trace-filter-error trace-filter-hint' : 'trace-filter-hint'}
              className={`mt-1 rounded border px-3 py-2 font-mono text-sm ${badFilter ? 'border-red-700' : 'border-slate-400'}`}
            />
          </div>
          <RangeSelect id="trace-range" value={range} />
          <div className="flex items-center gap-2 py-2">
            <input
              id="trace-background"
              name="background"
              type="checkbox"
              value={INCLUDE_BACKGROUND}
              defaultChecked={includeBackground}
              aria-describedby="trace-background-hint"
            />
            <label htmlFor="trace-background" className="text-sm font-medium">
              Include background work (sweepers)
            </label>
          </div>
          <ApplyButton label="Search" />
        </div>
        {badFilter ? <QueryRefusal id="trace-filter-error" query={filter} message={badFilter} /> : null}
        <div id="trace-filter-hint" className="text-xs text-slate-700">
          Empty finds every trace. Examples:{' '}
          <ul className="inline">
            {FILTER_EXAMPLES.map((example) => (
              <li key={example} className="mr-3 inline">
                <Link href={tracesHref({ ...query, filter: example })} className="font-mono text-indigo-800 underline">
                  {example}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <p id="trace-background-hint" className="text-xs text-slate-700">
          Background work is what a service starts on its own rather than for a request: every few seconds the services
          sweep expired carts, pending orders and stock reservations, each sweep a trace.
        </p>
      </form>
      {result.ok ? (
        result.value.items.length === 0 ? (
          <EmptyState title="No traces match">
            Try a longer time range or a looser filter{includeBackground ? '' : ', or include background work'}.
          </EmptyState>
        ) : (
          <TraceTable traces={result.value.items} />
        )
      ) : badFilter ? null : (
        <AdminFailure failure={result.failure} title="The traces could not be searched" />
      )}
    </div>
  );
}
