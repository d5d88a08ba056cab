import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { queryString } from '@/lib/admin/list-queries';
import { attributeText } from '@/lib/admin/observability/format';
import type { RangeKey } from '@/lib/admin/observability/time-range';
import type { InsightsResult } from '@/lib/admin/observability/types';
import type { Result } from '@/lib/results';
import { RangeSelect } from './form-controls';
import { QueryErrorPointer } from './query-error-pointer';

export const INSIGHTS_EXAMPLES = [
  'fields @timestamp, service, level, @message | sort @timestamp desc | limit 20',
  // A sort by an aggregate names it by its alias: `sort count(*)` is not in the subset the API reads.
  'filter level = "error" | stats count(*) as errors by service | sort errors desc',
  'filter @message like /order/ | fields @timestamp, service, @message | limit 50',
  'stats count(*) by bin(5m)',
] as const;

interface InsightsViewProps {
  query: string;
  range: RangeKey;
  /** Null before the first run. */
  result: Result<InsightsResult> | null;
}

/** Logs Insights: a query, its result as a table with the query's fields as columns, or where the query is wrong. */
export function InsightsView({ query, range, result }: InsightsViewProps) {
  const refusal = result && !result.ok && result.failure.status === 400 ? result.failure.message : null;
  return (
    <div className="space-y-4">
      <form action="/admin/observability/logs" aria-label="Logs Insights query" className="space-y-2">
        <input type="hidden" name="tab" value="insights" />
        <div className="flex flex-col">
          <label htmlFor="insights-query" className="text-sm font-medium">
            Query
          </label>
          <textarea
            id="insights-query"
            name="query"
            rows={4}
            defaultValue={query}
            spellCheck={false}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? 'insights-error' : undefined}
            className={`mt-1 w-full rounded border px-3 py-2 font-mono text-sm ${refusal ? 'border-red-700' : 'border-slate-400'}`}
          />
        </div>
        {refusal ? (
          <div id="insights-error" role="alert" className="space-y-1">
            <p className="text-sm font-medium text-red-800">{refusal}</p>
            <QueryErrorPointer query={query} message={refusal} />
          </div>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <RangeSelect id="insights-range" value={range} />
          <button type="submit" className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white">
            Run query
          </button>
        </div>
      </form>
      <section aria-labelledby="insights-examples-heading" className="text-xs text-slate-700">
        <h2 id="insights-examples-heading" className="font-medium">
          Example queries
        </h2>
        <ul className="mt-1 space-y-0.5">
          {INSIGHTS_EXAMPLES.map((example) => (
            <li key={example}>
              <Link
                href={`/admin/observability/logs${queryString({ tab: 'insights', query: example, range })}`}
                className="font-mono text-indigo-800 underline"
              >
                {example}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {result === null || refusal ? null : !result.ok ? (
        <AdminFailure failure={result.failure} title="The query could not be run" />
      ) : (
        <InsightsTable result={result.value} />
      )}
    </div>
  );
}

function InsightsTable({ result }: { result: InsightsResult }) {
  return (
    <section aria-labelledby="insights-result-heading" className="space-y-2">
      <h2 id="insights-result-heading" className="text-lg font-semibold">
        Result
      </h2>
      <p className="text-sm text-slate-700">
        {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'}; {result.statistics.recordsMatched} of{' '}
        {result.statistics.recordsScanned} records matched.
      </p>
      {result.rows.length === 0 ? null : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Query result</caption>
            <thead className="border-b border-slate-200 bg-slate-100">
              <tr>
                {result.fields.map((field) => (
                  <th key={field} scope="col" className="px-2 py-2 font-mono text-xs font-medium">
                    {field}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row, index) => (
                <tr key={index} className="border-b border-slate-100 align-top last:border-0">
                  {result.fields.map((field) => (
                    <td key={field} className="px-2 py-1.5 font-mono text-xs break-all">
                      {row[field] === undefined || row[field] === null ? '' : attributeText(row[field])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
