export {
  DEFAULT_MAX_RECORDS_SCANNED,
  type LogsInsightsQuery,
  type LogsInsightsResult,
  runLogsInsightsQuery,
} from './insights/insights-executor';
export { LogsInsightsQueryError } from './insights/insights-error';
export { LOG_LEVELS, type LogLevel, isLogLevel } from './log-levels';
export { type LogSearch, searchLogs } from './log-search';
export type { LogView } from './log-views';
