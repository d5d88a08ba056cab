/** The syntax tree of a Logs Insights query (see insights-parser.ts for the grammar). */
export type InsightsCommand = FieldsCommand | FilterCommand | StatsCommand | SortCommand | LimitCommand;

export interface FieldsCommand {
  readonly type: 'fields';
  readonly fields: readonly { readonly field: string; readonly name: string }[];
}

export interface FilterCommand {
  readonly type: 'filter';
  readonly condition: Condition;
}

export type Condition =
  | { readonly type: 'and' | 'or'; readonly operands: readonly Condition[] }
  | { readonly type: 'not'; readonly operand: Condition }
  | { readonly type: 'compare'; readonly left: Operand; readonly operator: CompareOperator; readonly right: Operand }
  | { readonly type: 'like'; readonly operand: Operand; readonly pattern: RegExp | string; readonly negated: boolean }
  | { readonly type: 'in'; readonly operand: Operand; readonly values: readonly Literal[]; readonly negated: boolean }
  | { readonly type: 'ispresent'; readonly field: string };

export type CompareOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type Literal = string | number | boolean;
export type Operand =
  { readonly type: 'field'; readonly field: string } | { readonly type: 'literal'; readonly value: Literal };

export type AggregateFunction = 'count' | 'count_distinct' | 'sum' | 'avg' | 'min' | 'max' | 'pct';

export interface Aggregation {
  readonly function: AggregateFunction;
  /** Undefined for count(*). */
  readonly field?: string;
  /** pct's percentile, 0..100. */
  readonly percentile?: number;
  /** The output column: the alias, else the call as written canonically, e.g. `pct(duration, 99)`. */
  readonly name: string;
}

export type Grouping =
  | { readonly type: 'field'; readonly field: string; readonly name: string }
  | { readonly type: 'bin'; readonly periodUs: number; readonly name: string };

export interface StatsCommand {
  readonly type: 'stats';
  readonly aggregations: readonly Aggregation[];
  readonly groups: readonly Grouping[];
}

export interface SortCommand {
  readonly type: 'sort';
  readonly keys: readonly { readonly field: string; readonly descending: boolean }[];
}

export interface LimitCommand {
  readonly type: 'limit';
  readonly count: number;
}
