import Link from 'next/link';
import { AdminFailure } from '@/components/admin/admin-failure';
import { ApplyButton } from '@/components/admin/filter-bar';
import { queryString } from '@/lib/admin/list-queries';
import { attributeText } from '@/lib/admin/observability/format';
import { LOGS_PATH } from '@/lib/admin/observability/links';
import type { RangeKey } from '@/lib/admin/observability/time-range';
import type { InsightsResult } from '@/lib/admin/observability/types';
import type { Result } from '@/lib/results';
import { RangeSelect } from './form-controls';
import { DataTable, type Column } from './data-table';
import { QueryRefusal } from './query-error-pointer';
import { TitledSection } from './titled-section';

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
      <form action={LOGS_PATH} aria-label="Logs Insights query" className="space-y-2">
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
        {refusal ? <QueryRefusal id="insights-error" query={query} message={refusal} /> : null}
        <div className="flex flex-wrap items-end gap-3">
          <RangeSelect id="insights-range" value={range} />
          <ApplyButton label="Run query" />
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
                href={`${LOGS_PATH}${queryString({ tab: 'insights', query: example, range })}`}
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
  const columns = result.fields.map((field): Column<InsightsResult['rows'][number]> => ({
    header: field,
    headerClassName: 'font-mono text-xs',
    className: 'font-mono text-xs break-all',
    cell: (row) => (row[field] === undefined || row[field] === null ? '' : attributeText(row[field])),
  }));
  return (
    <TitledSection id="insights-result-heading" title="Result">
      <p className="text-sm text-slate-700">
        {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'}; {result.statistics.recordsMatched} of{' '}
        {result.statistics.recordsScanned} records matched.
      </p>
      {result.rows.length === 0 ? null : (
        <DataTable
          caption="Query result"
          columns={columns}
          rows={result.rows}
          rowKey={(_row, index) => String(index)}
          dense
          alignTop
        />
      )}
    </TitledSection>
  );
}
