export { BACKGROUND_CHOICES, type BackgroundChoice } from './background-work';
export * from './filter-expression';
export { listServices, readTrace } from './trace-reader';
export { type TraceSearch, searchTraces } from './trace-search';
export type * from './trace-views';
