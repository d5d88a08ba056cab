import type { DatabaseSync } from 'node:sqlite';
import { isoFromMicros } from '../../traces/micros';
import { LOG_COLUMNS, type LogRow } from '../log-views';
import type { Condition, FieldsCommand, InsightsCommand, Operand } from './insights-ast';
import { MAX_LIMIT, parseInsightsQuery } from './insights-parser';
import { aggregate } from './insights-stats';
import { compareValues, isPresent, orderOf, textOf } from './insights-values';
import { LogRecord, type QueryRow, isTimestampField } from './log-record';

export interface LogsInsightsQuery {
  query: string;
  fromUs: number;
  toUs: number;
  /** The most records one query reads, newest first; older ones in the range are not scanned. */
  maxRecordsScanned?: number;
}

export interface LogsInsightsResult {
  fields: string[];
  rows: Record<string, unknown>[];
  statistics: { recordsScanned: number; recordsMatched: number };
}

export const DEFAULT_MAX_RECORDS_SCANNED = 200_000;
const DEFAULT_FIELDS = ['@timestamp', '@message'];
const DEFAULT_LIMIT = 1000;

/**
 * Runs a Logs Insights query over the records in [fromUs, toUs]: SQL reads them newest first, the commands
 * run in memory in their order. recordsMatched counts the records that pass the filters before the first
 * stats, sort or limit. Throws LogsInsightsQueryError for a query it cannot read.
 */
export function runLogsInsightsQuery(db: DatabaseSync, request: LogsInsightsQuery): LogsInsightsResult {
  const commands = parseInsightsQuery(request.query);
  const leading = leadingStreamCommands(commands);
  const rest = commands.slice(leading.length);
  const hasStats = commands.some((command) => command.type === 'stats');
  // Without stats or sort nothing after the leading filters needs more records than the first limit keeps.
  const enough = rest.some((command) => command.type === 'stats' || command.type === 'sort')
    ? Infinity
    : rest[0]?.type === 'limit'
      ? rest[0].count
      : DEFAULT_LIMIT;

  // `fields x as y` lets later commands read y.
  const renames = new Map<string, string>();
  for (const command of leading) if (command.type === 'fields') addRenames(renames, command);
  const statement = db.prepare(
    `SELECT ${LOG_COLUMNS} FROM logs WHERE time_us >= ? AND time_us <= ? ORDER BY time_us DESC LIMIT ?`,
  );
  let rows: QueryRow[] = [];
  let recordsScanned = 0;
  const limit = request.maxRecordsScanned ?? DEFAULT_MAX_RECORDS_SCANNED;
  for (const row of statement.iterate(request.fromUs, request.toUs, limit) as IterableIterator<unknown>) {
    recordsScanned += 1;
    const record = new LogRecord(row as LogRow);
    const visibleRecord = renamed(record, renames);
    if (leading.every((command) => command.type !== 'filter' || matches(command.condition, visibleRecord))) {
      rows.push(record);
    }
    if (rows.length >= enough) break;
  }
  const recordsMatched = rows.length;

  let fields: string[] | undefined;
  const visible = (names: string[]) => (fields = [...new Set([...(fields ?? []), ...names])]);
  let limited = false;
  for (const command of commands) {
    switch (command.type) {
      case 'fields':
        addRenames(renames, command);
        visible(command.fields.map((output) => output.name));
        break;
      case 'filter':
        if (!leading.includes(command)) rows = rows.filter((row) => matches(command.condition, renamed(row, renames)));
        break;
      case 'stats':
        rows = aggregate(
          rows.map((row) => renamed(row, renames)),
          command,
        ).map(objectRow);
        renames.clear();
        fields = [...command.groups.map((group) => group.name), ...command.aggregations.map((agg) => agg.name)];
        break;
      case 'sort':
        rows = sortRows(rows, command.keys, renames);
        break;
      case 'limit':
        rows = rows.slice(0, command.count);
        limited = true;
        break;
    }
  }
  if (!limited) rows = rows.slice(0, hasStats ? MAX_LIMIT : DEFAULT_LIMIT);
  const outputFields = fields ?? DEFAULT_FIELDS;
  return {
    fields: outputFields,
    rows: rows.map((row) => outputOf(row, outputFields, renames)),
    statistics: { recordsScanned, recordsMatched },
  };
}

/** The filter and fields commands at the start, which can run on each record as it is read. */
function leadingStreamCommands(commands: readonly InsightsCommand[]): InsightsCommand[] {
  const end = commands.findIndex((command) => command.type !== 'filter' && command.type !== 'fields');
  return commands.slice(0, end < 0 ? commands.length : end);
}

function addRenames(renames: Map<string, string>, command: FieldsCommand): void {
  for (const { field, name } of command.fields) if (name !== field) renames.set(name, field);
}

function renamed(row: QueryRow, renames: ReadonlyMap<string, string>): QueryRow {
  if (renames.size === 0) return row;
  return { get: (field) => row.get(renames.get(field) ?? field) };
}

function objectRow(values: Record<string, unknown>): QueryRow {
  return { get: (field) => values[field] };
}

function matches(condition: Condition, row: QueryRow): boolean {
  switch (condition.type) {
    case 'and':
      return condition.operands.every((operand) => matches(operand, row));
    case 'or':
      return condition.operands.some((operand) => matches(operand, row));
    case 'not':
      return !matches(condition.operand, row);
    case 'ispresent':
      return isPresent(row.get(condition.field));
    case 'compare':
      return compareValues(valueOf(condition.left, row), condition.operator, valueOf(condition.right, row));
    case 'in': {
      const value = valueOf(condition.operand, row);
      const found = condition.values.some((candidate) => compareValues(value, '=', candidate));
      return isPresent(value) && found !== condition.negated;
    }
    case 'like': {
      const value = valueOf(condition.operand, row);
      if (!isPresent(value)) return false;
      const text = textOf(value);
      const found =
        typeof condition.pattern === 'string' ? text.includes(condition.pattern) : condition.pattern.test(text);
      return found !== condition.negated;
    }
  }
}

function valueOf(operand: Operand, row: QueryRow): unknown {
  return operand.type === 'literal' ? operand.value : row.get(operand.field);
}

function sortRows(
  rows: QueryRow[],
  keys: readonly { field: string; descending: boolean }[],
  renames: ReadonlyMap<string, string>,
): QueryRow[] {
  const keyed = rows.map((row) => ({ row, values: keys.map((key) => renamed(row, renames).get(key.field)) }));
  keyed.sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const left = a.values[index];
      const right = b.values[index];
      // Records without the field go last, whichever the direction.
      if (!isPresent(left) || !isPresent(right)) {
        if (isPresent(left) !== isPresent(right)) return isPresent(left) ? -1 : 1;
        continue;
      }
      const order = orderOf(left, right);
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
  return keyed.map(({ row }) => row);
}

/** A row with the visible fields it has; @timestamp (also under an alias) as an ISO time. */
function outputOf(
  row: QueryRow,
  fields: readonly string[],
  renames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const field of fields) {
    const source = renames.get(field) ?? field;
    const value = row.get(source);
    if (!isPresent(value)) continue;
    output[field] = row instanceof LogRecord && isTimestampField(source) ? isoFromMicros(value as number) : value;
  }
  return output;
}
