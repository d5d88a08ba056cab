import type { FilterNode } from './filter-ast';
import {
  type FilterTrace,
  type FilterTraceSummary,
  decideOnSummary,
  matchesTrace,
  readsAttributes,
} from './filter-evaluator';
import { parseFilterExpression } from './filter-parser';

/** A parsed filter expression, ready to test traces. */
export interface TraceFilter {
  readonly expression: FilterNode;
  /** Whether matches() reads span attributes (annotation, http.url, http.method). */
  readonly readsAttributes: boolean;
  /** True or false when the trace's summary row settles the filter; undefined when its spans are needed. */
  decideOnSummary(summary: FilterTraceSummary): boolean | undefined;
  matches(trace: FilterTrace): boolean;
}

/** Parses an X-Ray-style filter expression; throws FilterExpressionError naming the column. */
export function compileFilterExpression(source: string): TraceFilter {
  const expression = parseFilterExpression(source);
  return {
    expression,
    readsAttributes: readsAttributes(expression),
    decideOnSummary: (summary) => decideOnSummary(expression, summary),
    matches: (trace) => matchesTrace(expression, trace),
  };
}
