/** The syntax tree of a trace filter expression (see filter-parser.ts for the grammar). */
export type FilterNode = AndNode | OrNode | NotNode | FlagNode | ComparisonNode | ServiceNode | EdgeNode;

export interface AndNode {
  readonly type: 'and';
  readonly operands: readonly FilterNode[];
}

export interface OrNode {
  readonly type: 'or';
  readonly operands: readonly FilterNode[];
}

export interface NotNode {
  readonly type: 'not';
  readonly operand: FilterNode;
}

export type TraceFlag = 'ok' | 'error' | 'fault' | 'throttle';

export interface FlagNode {
  readonly type: 'flag';
  readonly flag: TraceFlag;
}

export type NumberField = 'responsetime' | 'duration' | 'http.status';
export type StringField = 'http.url' | 'http.method';
export type ComparisonField = NumberField | StringField | 'annotation';

export type NumberOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type StringOperator = '=' | '!=' | 'CONTAINS' | 'BEGINSWITH' | 'ENDSWITH';
export type ComparisonOperator = NumberOperator | StringOperator;

export interface ComparisonNode {
  readonly type: 'comparison';
  readonly field: ComparisonField;
  /** The annotation key, for `annotation.KEY` and `annotation[KEY]`. */
  readonly key?: string;
  readonly operator: ComparisonOperator;
  readonly value: string | number | boolean;
}

/** `service("name")`, optionally `{ filter }` over that service's spans only. */
export interface ServiceNode {
  readonly type: 'service';
  readonly name: string;
  readonly filter?: FilterNode;
}

/** `edge("caller", "callee")`: a span of callee whose parent span is in caller. */
export interface EdgeNode {
  readonly type: 'edge';
  readonly source: string;
  readonly target: string;
  readonly filter?: FilterNode;
}
