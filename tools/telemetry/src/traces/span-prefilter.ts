import type { SQLInputValue } from 'node:sqlite';
import type { ComparisonNode, FilterNode, TraceFlag } from './filter-expression';

/** An SQL condition on one `spans` row that some span of every trace matching a filter satisfies. */
export interface SpanCondition {
  readonly sql: string;
  readonly parameters: readonly SQLInputValue[];
}

const FLAG_CONDITIONS: Partial<Record<TraceFlag, string>> = {
  error: 'http_status BETWEEN 400 AND 499',
  throttle: 'http_status = 429',
  fault: '(http_status >= 500 OR (status_code = 2 AND coalesce(http_status, 0) NOT BETWEEN 400 AND 499))',
};

/**
 * A necessary condition of the filter on single spans (undefined when there is none), which SQLite checks
 * far faster than the filter runs on loaded spans. It follows filter-evaluator.ts: fault needs a 5xx or error
 * span, service("x") a span of x, and a string comparison on an annotation, http.url or http.method the value
 * somewhere in the attributes JSON (only for plain printable ASCII, which JSON leaves as it is).
 */
export function spanConditionOf(node: FilterNode): SpanCondition | undefined {
  switch (node.type) {
    case 'and': {
      const conditions = node.operands.map(spanConditionOf).filter((condition) => condition !== undefined);
      // Any one operand's condition is necessary; one that reads more than the service name narrows more.
      return conditions.find((condition) => condition.sql !== 'service = ?') ?? conditions[0];
    }
    case 'or': {
      const conditions = node.operands.map(spanConditionOf);
      if (conditions.some((condition) => condition === undefined)) return undefined;
      return join(conditions as SpanCondition[], ' OR ');
    }
    case 'flag': {
      const sql = FLAG_CONDITIONS[node.flag];
      return sql === undefined ? undefined : { sql, parameters: [] };
    }
    case 'comparison':
      return textConditionOf(node);
    case 'service': {
      const service: SpanCondition = { sql: 'service = ?', parameters: [node.name] };
      const inner = node.filter && spanConditionOf(node.filter);
      return inner ? join([service, inner], ' AND ') : service;
    }
    case 'edge': {
      const services: SpanCondition = { sql: 'service IN (?, ?)', parameters: [node.source, node.target] };
      const inner = node.filter && spanConditionOf(node.filter);
      return inner ? join([services, inner], ' AND ') : services;
    }
    case 'not':
      return undefined;
  }
}

function textConditionOf(node: ComparisonNode): SpanCondition | undefined {
  const readsText = node.field === 'annotation' || node.field === 'http.url' || node.field === 'http.method';
  const value = node.value;
  if (!readsText || node.operator === '!=' || typeof value !== 'string') return undefined;
  if (!/^[\x20-\x7e]+$/.test(value) || /["\\]/.test(value)) return undefined;
  return { sql: 'instr(attributes, ?) > 0', parameters: [value] };
}

function join(conditions: readonly SpanCondition[], operator: string): SpanCondition {
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(operator),
    parameters: conditions.flatMap((condition) => condition.parameters),
  };
}
