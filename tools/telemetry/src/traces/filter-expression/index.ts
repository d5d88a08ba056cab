export type * from './filter-ast';
export type { FilterSpan, FilterTrace, FilterTraceSummary } from './filter-evaluator';
export { type TraceFilter, compileFilterExpression } from './filter-expression';
export { FilterExpressionError } from './filter-expression-error';
export { parseFilterExpression } from './filter-parser';
