import type { AggregateFunction, Aggregation, Grouping, StatsCommand } from './insights-ast';
import type { QueryRow } from './log-record';
import { asNumber, isPresent, textOf } from './insights-values';

/** `stats`: one output row per group, holding the group's values and the aggregations. */
export function aggregate(rows: readonly QueryRow[], stats: StatsCommand): Record<string, unknown>[] {
  const groups = new Map<string, { keys: unknown[]; members: QueryRow[] }>();
  for (const row of rows) {
    const keys = stats.groups.map((grouping) => groupValue(row, grouping));
    const id = JSON.stringify(keys);
    let group = groups.get(id);
    if (!group) {
      group = { keys, members: [] };
      groups.set(id, group);
    }
    group.members.push(row);
  }
  if (groups.size === 0 && stats.groups.length === 0) groups.set('[]', { keys: [], members: [] });
  const output = [...groups.values()].map(({ keys, members }) => {
    const result: Record<string, unknown> = {};
    stats.groups.forEach((grouping, index) => {
      const key = keys[index];
      if (isPresent(key))
        result[grouping.name] = grouping.type === 'bin' ? new Date((key as number) / 1000).toISOString() : key;
    });
    for (const aggregation of stats.aggregations) result[aggregation.name] = compute(aggregation, members);
    return result;
  });
  // Time bins read best in time order; other groups keep the order they were met in (newest records first).
  const binIndex = stats.groups.findIndex((grouping) => grouping.type === 'bin');
  if (binIndex >= 0) {
    const binName = stats.groups[binIndex]!.name;
    output.sort((a, b) => String(a[binName]).localeCompare(String(b[binName])));
  }
  return output;
}

function groupValue(row: QueryRow, grouping: Grouping): unknown {
  if (grouping.type === 'field') return row.get(grouping.field) ?? null;
  const timeUs = row.get('@timestamp') as number;
  return Math.floor(timeUs / grouping.periodUs) * grouping.periodUs;
}

function compute(aggregation: Aggregation, rows: readonly QueryRow[]): number | null {
  const field = aggregation.field;
  if (field === undefined) return rows.length;
  const values = rows.map((row) => row.get(field)).filter(isPresent);
  switch (aggregation.function) {
    case 'count':
      return values.length;
    case 'count_distinct':
      return new Set(values.map(textOf)).size;
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
    case 'pct':
      return computeNumeric(
        aggregation.function,
        values.map(asNumber).filter((value) => value !== undefined),
        aggregation.percentile ?? 50,
      );
  }
}

function computeNumeric(
  fn: Exclude<AggregateFunction, 'count' | 'count_distinct'>,
  numbers: number[],
  percentileRank: number,
): number | null {
  if (numbers.length === 0) return null;
  switch (fn) {
    case 'sum':
      return numbers.reduce((total, value) => total + value, 0);
    case 'avg':
      return numbers.reduce((total, value) => total + value, 0) / numbers.length;
    case 'min':
      return numbers.reduce((least, value) => Math.min(least, value));
    case 'max':
      return numbers.reduce((most, value) => Math.max(most, value));
    case 'pct':
      return percentile(numbers, percentileRank);
  }
}

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
function percentile(numbers: number[], p: number): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
